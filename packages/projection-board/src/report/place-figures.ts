import { actionOutcomes, districtName, halfTermLabel, lmgOutcomes, reviewConclusions, type AcademicYear, type HalfTerm } from '@send-hub/core';
import type { BoardModel } from '../board-model';
import { boardFigures, type BoardFigures } from '../figures/board-figures';
import type { BoardSettings } from '../figures/board-selection';
import { equityDimensions } from '../figures/equity';
import type { CountTable } from '../publication/count-table';
import type { LinkedDeclaration } from '../publication/linked/linked-figures';
import { tableDeclaration, type TableKeys } from '../publication/linked/table-declaration';
import { boardMeasures, halfTermTable, type BoardMeasure } from '../tables/half-term-table';
import { equityCounts, equityDeclaration, equityMeasures, type EquityCounts, type EquityKeys } from '../tables/published-equity';
import { boardFigureKey, codeRowKeys, districtRowKeys, equityKeys, tableKeyList, wholeYear, type BoardPlace } from './board-figure-keys';

export interface KeyedTable {
  readonly table: CountTable;
  readonly keys: TableKeys;
}

/** Everything one report (the county's or a district's) publishes for a year, before suppression, with each figure's key. */
export interface PlaceFigures {
  readonly academicYear: AcademicYear;
  readonly place: BoardPlace;
  /** "Staffordshire County Council" or "Tamworth district". */
  readonly where: string;
  readonly year: BoardFigures;
  readonly measures: ReadonlyArray<{ readonly measure: BoardMeasure } & KeyedTable>;
  readonly reviewConclusions: KeyedTable;
  readonly actionOutcomes: KeyedTable;
  /** The Locality Management Group's outcomes by half term; they add up to the cases it discussed. */
  readonly lmgOutcomes: KeyedTable;
  readonly equity: ReadonlyArray<{ readonly equity: EquityCounts; readonly keys: EquityKeys }>;
  /** The keys of the number of cases each wait summarises. */
  readonly timelinessKeys: { readonly referralToConsent: string; readonly consentToFirstDiscussion: string };
}

const halfTerms: ReadonlyArray<HalfTerm> = [1, 2, 3, 4, 5, 6];
const halfTermColumns = halfTerms.map((halfTerm) => ({ key: String(halfTerm), label: halfTermLabel(halfTerm) }));

/** The county's table of a measure: one row per district. A district's report shows its own row of it. */
export const countyMeasureTables = (model: BoardModel, academicYear: AcademicYear, settings: BoardSettings): ReadonlyMap<BoardMeasure, CountTable> =>
  new Map(boardMeasures.codes.map((measure) => [measure, halfTermTable(model, { measure, rows: 'district', academicYear }, settings)]));

const districtRow = (table: CountTable, district: string, measure: BoardMeasure, where: string, academicYear: AcademicYear): CountTable => {
  const index = table.rows.findIndex((row) => row.key === district);
  return { ...table, title: `${boardMeasures.label(measure)} by half term, ${where}, ${academicYear}`, rows: table.rows.slice(index, index + 1), counts: table.counts.slice(index, index + 1) };
};

const codeTable = <Code extends string>(
  title: string,
  rowHeading: string,
  values: { readonly codes: ReadonlyArray<Code>; readonly label: (code: Code) => string },
  perTerm: ReadonlyArray<Readonly<Record<Code, number>>>,
): CountTable => ({
  title,
  rowHeading,
  rows: values.codes.map((code) => ({ key: code, label: values.label(code) })),
  columns: halfTermColumns,
  counts: values.codes.map((code) => perTerm.map((counts) => counts[code])),
});

/** The figures of the county's report (`place` undefined) or of one district's, for an academic year. */
export const placeFigures = (model: BoardModel, academicYear: AcademicYear, place: BoardPlace, countyTables: ReadonlyMap<BoardMeasure, CountTable>, settings: BoardSettings): PlaceFigures => {
  const where = place === undefined ? settings.configuration.councilName : `${districtName(settings.configuration, place)} district`;
  const selection = { academicYear, ...(place === undefined ? {} : { district: place }) };
  const perTerm = halfTerms.map((halfTerm) => boardFigures(model, { ...selection, halfTerm }, settings).effectiveness);
  const districts = settings.configuration.districts.map((district) => district.id);
  const measures = boardMeasures.codes.map((measure) => {
    const county = countyTables.get(measure) ?? halfTermTable(model, { measure, rows: 'district', academicYear }, settings);
    if (place === undefined) return { measure, table: county, keys: districtRowKeys(measure, academicYear, districts, undefined) };
    return { measure, table: districtRow(county, place, measure, districtName(settings.configuration, place), academicYear), keys: districtRowKeys(measure, academicYear, [place], place) };
  });
  const conclusionCodes = reviewConclusions.codes;
  const outcomeCodes = actionOutcomes.codes;
  return {
    academicYear,
    place,
    where,
    year: boardFigures(model, selection, settings),
    measures,
    reviewConclusions: {
      table: codeTable(`Review conclusions by half term, ${where}, ${academicYear}`, 'Conclusion', reviewConclusions, perTerm.map((figures) => figures.reviewConclusions)),
      keys: codeRowKeys('review conclusion', conclusionCodes, 'reviews', academicYear, place),
    },
    actionOutcomes: {
      table: codeTable(`Action outcomes by half term, ${where}, ${academicYear}`, 'Outcome', actionOutcomes, perTerm.map((figures) => figures.actionOutcomes)),
      keys: codeRowKeys('action outcome', outcomeCodes, 'actions reviewed', academicYear, place),
    },
    lmgOutcomes: {
      table: codeTable(`Locality Management Group outcomes by half term, ${where}, ${academicYear}`, 'Outcome', lmgOutcomes, perTerm.map((figures) => figures.lmgOutcomes)),
      keys: codeRowKeys('group outcome', lmgOutcomes.codes, 'lmg-discussions', academicYear, place),
    },
    equity: equityDimensions.codes.map((dimension) => ({
      equity: equityCounts(model, { academicYear, dimension, ...(place === undefined ? {} : { district: place }) }, settings),
      keys: equityKeys(dimension, academicYear, place),
    })),
    timelinessKeys: {
      referralToConsent: boardFigureKey('cases waiting from referral to consent', academicYear, place, wholeYear),
      consentToFirstDiscussion: boardFigureKey('cases waiting from consent to first discussion', academicYear, place, wholeYear),
    },
  };
};

/** What one report adds to the linked set: its tables, its equity counts and the numbers of cases behind its waits. */
export const placeDeclarations = (figures: PlaceFigures): LinkedDeclaration[] => [
  ...figures.measures.map(({ table, keys }) => tableDeclaration(table, keys)),
  tableDeclaration(figures.reviewConclusions.table, figures.reviewConclusions.keys),
  tableDeclaration(figures.actionOutcomes.table, figures.actionOutcomes.keys),
  tableDeclaration(figures.lmgOutcomes.table, figures.lmgOutcomes.keys),
  ...figures.equity.map(({ equity, keys }) => equityDeclaration(equity, keys)),
  {
    figures: [
      { key: figures.timelinessKeys.referralToConsent, value: figures.year.timeliness.referralToConsent.count },
      { key: figures.timelinessKeys.consentToFirstDiscussion, value: figures.year.timeliness.consentToFirstDiscussion.count },
    ],
    totals: [],
  },
];

/**
 * The keys of a report's figures that add up across districts, in an order that is the same for
 * every place (the measure tables are left out: the county's already holds each district's row).
 */
const additiveKeys = (figures: PlaceFigures): string[] => [
  ...[figures.reviewConclusions, figures.actionOutcomes, figures.lmgOutcomes].flatMap(({ table, keys }) => tableKeyList(keys, table.rows.length, table.columns.length)),
  ...figures.equity.flatMap(({ equity, keys }) => equityMeasures.flatMap((measure) => [keys(measure, 'total'), ...equity.groups.map((group) => keys(measure, group))])),
  figures.timelinessKeys.referralToConsent,
  figures.timelinessKeys.consentToFirstDiscussion,
];

/** Each county figure is the sum of the districts' figures at the same spot: the sums that link the county's report to the districts'. */
export const districtSums = (county: PlaceFigures, districts: ReadonlyArray<PlaceFigures>): LinkedDeclaration => {
  const districtKeys = districts.map(additiveKeys);
  return { figures: [], totals: additiveKeys(county).map((total, index) => ({ total, parts: districtKeys.map((keys) => keys[index] ?? '') })) };
};
