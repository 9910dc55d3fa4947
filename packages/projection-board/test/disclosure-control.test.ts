import * as fc from 'fast-check';
import { publishDuration, publishPercentage, publishTable, withTotals, type CountTable, type PublishedCount, type PublishedTable } from '../src';

const tableArbitrary: fc.Arbitrary<CountTable> = fc
  .record({ rows: fc.integer({ min: 1, max: 6 }), columns: fc.integer({ min: 1, max: 6 }) })
  .chain(({ rows, columns }) =>
    fc.array(fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 8 }), fc.integer({ min: 0, max: 60 })), { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows }),
  )
  .map((counts) => ({
    title: 'Test table',
    rowHeading: 'Row',
    rows: counts.map((_row, index) => ({ key: `r${index}`, label: `Row ${index + 1}` })),
    columns: (counts[0] ?? []).map((_count, index) => ({ key: `c${index}`, label: `Column ${index + 1}` })),
    counts,
  }));

type Cell = readonly [number, number];

/** Every line of a table with totals that adds up: each row, each column, and the row totals with the grand total. */
const additiveLines = (rows: number, columns: number): Cell[][] => [
  ...Array.from({ length: rows }, (_unused, row) => Array.from({ length: columns }, (_cell, column): Cell => [row, column])),
  ...Array.from({ length: columns }, (_unused, column) => Array.from({ length: rows }, (_cell, row): Cell => [row, column])),
];

/** The published table laid out like its input with totals: rows of cells, each row's total last, then the totals row. */
const grid = (published: PublishedTable): PublishedCount[][] => [
  ...published.rows.map((row) => [...row.cells, row.total]),
  [...published.columnTotals, published.grandTotal],
];

const published = (table: CountTable, threshold?: number): PublishedTable => {
  const result = publishTable(table, threshold === undefined ? {} : { threshold });
  if (result._tag === 'Left') throw new Error(result.left.message);
  return result.right;
};

describe('publishing a board table', () => {
  it('leaves no hidden count that subtraction from a published total would give back', () => {
    fc.assert(
      fc.property(tableArbitrary, fc.integer({ min: 1, max: 10 }), (table, threshold) => {
        const cells = grid(published(table, threshold));
        for (const line of additiveLines(cells.length, cells[0]?.length ?? 0)) {
          const hidden = line.filter(([row, column]) => cells[row]?.[column]?.kind === 'suppressed');
          // With exactly one unknown, the line's equation gives it away.
          expect(hidden.length === 1).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('shows every count it does not hide as it was, hides every count from 1 to the threshold, and shows zeros', () => {
    fc.assert(
      fc.property(tableArbitrary, fc.integer({ min: 1, max: 10 }), (table, threshold) => {
        const input = withTotals(table.counts, table.columns.length);
        grid(published(table, threshold)).forEach((row, rowIndex) =>
          row.forEach((cell, column) => {
            const value = input[rowIndex]?.[column] ?? -1;
            if (cell.kind === 'count') expect(cell.value).toBe(value);
            if (value >= 1 && value <= threshold) expect(cell).toEqual({ kind: 'suppressed', reason: 'small-count', shown: '[c]' });
            if (value === 0) expect(cell).toEqual({ kind: 'count', value: 0, shown: '0' });
          }),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('hides a second cell in a row and a column when one small count would otherwise show by subtraction', () => {
    const table = { ...published({ title: 'Referrals', rowHeading: 'District', rows: [{ key: 'a', label: 'A' }, { key: 'b', label: 'B' }], columns: [{ key: '1', label: 'Autumn 1' }, { key: '2', label: 'Autumn 2' }], counts: [[3, 20], [12, 30]] }) };
    expect(grid(table).map((row) => row.map((cell) => cell.shown))).toEqual([
      ['[c]', '[c]', '23'],
      ['[c]', '[c]', '42'],
      ['15', '50', '65'],
    ]);
    expect(table.rows[0]?.cells[1]).toMatchObject({ reason: 'could-be-worked-out' });
    expect(table.note).toContain('counts from 1 to 5');
  });

  it('hides a small total and what would reveal it', () => {
    const table = published({ title: 'Escalations', rowHeading: 'Sex', rows: [{ key: 'F', label: 'Female' }, { key: 'M', label: 'Male' }], columns: [{ key: '1', label: 'Autumn 1' }, { key: '2', label: 'Autumn 2' }], counts: [[2, 0], [0, 9]] });
    expect(grid(table).map((row) => row.map((cell) => cell.shown))).toEqual([
      ['[c]', '0', '[c]'],
      ['0', '[c]', '[c]'],
      ['[c]', '[c]', '11'],
    ]);
  });

  it('refuses a table that is not a table of counts, saying what is wrong', () => {
    const bad = publishTable({ title: 'Broken', rowHeading: 'Row', rows: [{ key: 'a', label: 'Alpha' }], columns: [{ key: '1', label: 'One' }], counts: [[-1]] });
    expect(bad).toMatchObject({ _tag: 'Left', left: { code: 'table-invalid', message: 'The table "Broken" cannot be published: the row "Alpha" holds -1, which is not a count (a whole number of zero or more).' } });
    const ragged = publishTable({ title: 'Ragged', rowHeading: 'Row', rows: [{ key: 'a', label: 'Alpha' }], columns: [{ key: '1', label: 'One' }], counts: [[1, 2]] });
    expect(ragged._tag === 'Left' && ragged.left.message).toContain('the row "Alpha" has 2 counts for 1 columns');
  });

  it('withholds a percentage with its counts, and marks one with a zero denominator as not applicable', () => {
    const count = (value: number): PublishedCount => ({ kind: 'count', value, shown: String(value) });
    const hidden: PublishedCount = { kind: 'suppressed', reason: 'small-count', shown: '[c]' };
    expect(publishPercentage(count(12), count(40))).toBe('30.0%');
    expect(publishPercentage(hidden, count(40))).toBe('[c]');
    expect(publishPercentage(count(12), hidden)).toBe('[c]');
    expect(publishPercentage(count(0), count(0))).toBe('[z]');
    expect(publishDuration({ count: 0, medianDays: null, percentile90Days: null }, 'medianDays')).toBe('[x]');
    expect(publishDuration({ count: 4, medianDays: 12, percentile90Days: 30 }, 'medianDays')).toBe('[c]');
    expect(publishDuration({ count: 9, medianDays: 12, percentile90Days: 30 }, 'percentile90Days')).toBe('30 days');
  });
});
