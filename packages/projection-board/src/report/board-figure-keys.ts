import type { AcademicYear } from '@send-hub/core';
import type { EquityKeys } from '../tables/published-equity';
import type { TableKeys } from '../publication/linked/table-declaration';

/** The county, or one district by id. */
export type BoardPlace = string | undefined;

const placeName = (place: BoardPlace): string => place ?? 'county';

/**
 * The key of one board figure: what is counted, the academic year, the place and the part of
 * it (a half term, the whole year, an equity group). A count has the same key in every report
 * that shows it, so the county table's row for a district and the district's own report are one
 * set of figures.
 */
export const boardFigureKey = (counted: string, year: AcademicYear, place: BoardPlace, part: string): string => `${counted} | ${year} | ${placeName(place)} | ${part}`;

const halfTermPart = (column: number): string => `half term ${column + 1}`;
export const wholeYear = 'whole year';

/** A place's table of one count by half term, with one row per district (the county's) or one row (a district's). */
export const districtRowKeys = (counted: string, year: AcademicYear, rowPlaces: ReadonlyArray<BoardPlace>, tablePlace: BoardPlace): TableKeys => ({
  cell: (row, column) => boardFigureKey(counted, year, rowPlaces[row], halfTermPart(column)),
  rowTotal: (row) => boardFigureKey(counted, year, rowPlaces[row], wholeYear),
  columnTotal: (column) => boardFigureKey(counted, year, tablePlace, halfTermPart(column)),
  grandTotal: boardFigureKey(counted, year, tablePlace, wholeYear),
});

/**
 * A place's table of codes (review conclusions, action outcomes) by half term. Its column
 * totals are the `columnCounted` figures of the place: each review has one conclusion, so the
 * conclusions of a half term add up to that half term's reviews.
 */
export const codeRowKeys = (counted: string, codes: ReadonlyArray<string>, columnCounted: string, year: AcademicYear, place: BoardPlace): TableKeys => ({
  cell: (row, column) => boardFigureKey(`${counted}: ${codes[row] ?? ''}`, year, place, halfTermPart(column)),
  rowTotal: (row) => boardFigureKey(`${counted}: ${codes[row] ?? ''}`, year, place, wholeYear),
  columnTotal: (column) => boardFigureKey(columnCounted, year, place, halfTermPart(column)),
  grandTotal: boardFigureKey(columnCounted, year, place, wholeYear),
});

/** A place's yearly counts by equity group; the total of all groups is the measure's yearly figure for the place. */
export const equityKeys = (dimension: string, year: AcademicYear, place: BoardPlace): EquityKeys => (measure, group) =>
  group === 'total' ? boardFigureKey(measure, year, place, wholeYear) : boardFigureKey(measure, year, place, `${dimension}: ${group.key}`);

/** Every key of a place's table, so that the county's figure can be declared the sum of the districts' at the same spot. */
export const tableKeyList = (keys: TableKeys, rows: number, columns: number): string[] => {
  const list: string[] = [keys.grandTotal];
  for (let column = 0; column < columns; column += 1) list.push(keys.columnTotal(column));
  for (let row = 0; row < rows; row += 1) {
    list.push(keys.rowTotal(row));
    for (let column = 0; column < columns; column += 1) list.push(keys.cell(row, column));
  }
  return list;
};

/**
 * A table of one column, the year's referrals of each row: its cell and its row's total are one
 * figure, as are its column's total and its grand total. Each row's `place` is the place its
 * figure belongs to (a school's district, in the county's table of schools).
 */
export const yearlyReferralKeys = (parts: ReadonlyArray<{ readonly place: BoardPlace; readonly part: string }>, year: AcademicYear, place: BoardPlace): TableKeys => {
  const rowKey = (row: number): string => boardFigureKey('referrals', year, parts[row]?.place, parts[row]?.part ?? '');
  return { cell: rowKey, rowTotal: rowKey, columnTotal: () => boardFigureKey('referrals', year, place, wholeYear), grandTotal: boardFigureKey('referrals', year, place, wholeYear) };
};

/**
 * A place's agreements due for review by how the review went, a row per district: each row's
 * total is the district's agreements due, each column's the place's agreements that went so.
 */
export const reviewTimingKeys = (timings: ReadonlyArray<string>, year: AcademicYear, rowPlaces: ReadonlyArray<BoardPlace>, tablePlace: BoardPlace): TableKeys => ({
  cell: (row, column) => boardFigureKey(`review of agreed actions: ${timings[column] ?? ''}`, year, rowPlaces[row], wholeYear),
  rowTotal: (row) => boardFigureKey('agreed actions due for review', year, rowPlaces[row], wholeYear),
  columnTotal: (column) => boardFigureKey(`review of agreed actions: ${timings[column] ?? ''}`, year, tablePlace, wholeYear),
  grandTotal: boardFigureKey('agreed actions due for review', year, tablePlace, wholeYear),
});
