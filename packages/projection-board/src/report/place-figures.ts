import { actionOutcomes, districtName, halfTermLabel, lmgOutcomes, nationalCurriculumYears, phaseOf, phases, reviewConclusions, type AcademicYear, type HalfTerm } from '@send-hub/core';
import type { BoardModel } from '../board-model';
import { boardFigures, type BoardFigures } from '../figures/board-figures';
import type { BoardSettings } from '../figures/board-selection';
import { equityDimensions } from '../figures/equity';
import { meetingLookup, reviewTimings, type MeetingLookup } from '../figures/reviewed-at-next-meeting';
import type { CountTable } from '../publication/count-table';
import type { LinkedDeclaration } from '../publication/linked/linked-figures';
import { tableDeclaration, type TableKeys } from '../publication/linked/table-declaration';
import { boardMeasures, halfTermTable, type BoardMeasure } from '../tables/half-term-table';
import { referralsBySchoolTable, referralsByYearGroupTable, schoolsOf } from '../tables/referral-breakdowns';
import { reviewTimingTable } from '../tables/review-timing-table';
import { equityCounts, equityDeclaration, equityMeasures, type EquityCounts, type EquityKeys } from '../tables/published-equity';
import { boardFigureKey, codeRowKeys, districtRowKeys, equityKeys, reviewTimingKeys, tableKeyList, wholeYear, yearlyReferralKeys, type BoardPlace } from './board-figure-keys';

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
  /** Referrals by year group and by school over the year (the phases' figures are the equity table's). */
  readonly referralsByYearGroup: KeyedTable;
  readonly referralsBySchool: KeyedTable;
  /** Agreed actions by whether they were reviewed at the next meeting held, a row per district. */
  readonly reviewTiming: KeyedTable;
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
export const placeFigures = (
  model: BoardModel,
  academicYear: AcademicYear,
  place: BoardPlace,
  countyTables: ReadonlyMap<BoardMeasure, CountTable>,
  settings: BoardSettings,
  meetings: MeetingLookup = meetingLookup(model),
): PlaceFigures => {
  const where = place === undefined ? settings.configuration.councilName : `${districtName(settings.configuration, place)} district`;
  const selection = { academicYear, ...(place === undefined ? {} : { district: place }) };
  const perTerm = halfTerms.map((halfTerm) => boardFigures(model, { ...selection, halfTerm }, settings).effectiveness);
  const districts = settings.configuration.districts.map((district) => district.id);
  const measures = boardMeasures.codes.map((measure) => {
    const county = countyTables.get(measure) ?? halfTermTable(model, { measure, rows: 'district', academicYear }, settings);
    if (place === undefined) return { measure, table: county, keys: districtRowKeys(measure, academicYear, districts, undefined) };
    return { measure, table: districtRow(county, place, measure, districtName(settings.configuration, place), academicYear), keys: districtRowKeys(measure, academicYear, [place], place) };
  });
  const placeRequest = { academicYear, where, ...(place === undefined ? {} : { district: place }) };
  const schools = schoolsOf(model, place, settings);
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
    referralsByYearGroup: {
      table: referralsByYearGroupTable(model, placeRequest, settings),
      keys: yearlyReferralKeys(nationalCurriculumYears.codes.map((code) => ({ place, part: `year group: ${code}` })), academicYear, place),
    },
    referralsBySchool: {
      table: referralsBySchoolTable(model, placeRequest, schools, settings),
      keys: yearlyReferralKeys(schools.map((school) => ({ place: school.district, part: `school: ${school.school}` })), academicYear, place),
    },
    reviewTiming: {
      table: reviewTimingTable(model, placeRequest, settings, meetings),
      keys: reviewTimingKeys(reviewTimings, academicYear, place === undefined ? districts : [place], place),
    },
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
  ...[figures.referralsByYearGroup, figures.referralsBySchool, figures.reviewTiming].map(({ table, keys }) => tableDeclaration(table, keys)),
  yearGroupsOfPhases(figures),
  movesBothWays(figures),
  {
    figures: [
      { key: figures.timelinessKeys.referralToConsent, value: figures.year.timeliness.referralToConsent.count },
      { key: figures.timelinessKeys.consentToFirstDiscussion, value: figures.year.timeliness.consentToFirstDiscussion.count },
    ],
    totals: [],
  },
];

/**
 * In the county's report every move from one district to another is a move in and a move out:
 * the county's moves in equal its moves out, half term by half term, so the two are linked and
 * one cannot be shown where the other is withheld. A district's moves in and out are its own.
 */
const movesBothWays = ({ place, measures }: PlaceFigures): LinkedDeclaration => {
  const keysOf = (measure: BoardMeasure) => measures.find((keyed) => keyed.measure === measure);
  const movedIn = keysOf('moves-in');
  const movedOut = keysOf('moves-out');
  if (place !== undefined || movedIn === undefined || movedOut === undefined) return { figures: [], totals: [] };
  const columns = movedIn.table.columns.map((_column, index) => index);
  return {
    figures: [],
    totals: [
      ...columns.map((column) => ({ total: movedIn.keys.columnTotal(column), parts: [movedOut.keys.columnTotal(column)] })),
      { total: movedIn.keys.grandTotal, parts: [movedOut.keys.grandTotal] },
    ],
  };
};

/** The key of a phase's yearly referrals: the figure the equity table by phase shows. */
export const phaseFigureKey = (phase: string, year: AcademicYear, place: BoardPlace): string => equityKeys('phase', year, place)('referrals', { key: phase, label: '' });

/** Each phase's yearly referrals are the sum of its year groups'. */
const yearGroupsOfPhases = ({ academicYear, place, referralsByYearGroup }: PlaceFigures): LinkedDeclaration => ({
  figures: [],
  totals: phases.codes.map((phase) => ({
    total: phaseFigureKey(phase, academicYear, place),
    parts: nationalCurriculumYears.codes.flatMap((code, index) => (phaseOf(code) === phase ? [referralsByYearGroup.keys.rowTotal(index)] : [])),
  })),
});

/**
 * The keys of a report's figures that add up across districts, in an order that is the same for
 * every place (the measure tables are left out: the county's already holds each district's row).
 */
const additiveKeys = (figures: PlaceFigures): string[] => [
  ...[figures.reviewConclusions, figures.actionOutcomes, figures.referralsByYearGroup, figures.lmgOutcomes].flatMap(({ table, keys }) => tableKeyList(keys, table.rows.length, table.columns.length)),
  ...figures.equity.flatMap(({ equity, keys }) => equityMeasures.flatMap((measure) => [keys(measure, 'total'), ...equity.groups.map((group) => keys(measure, group))])),
  figures.timelinessKeys.referralToConsent,
  figures.timelinessKeys.consentToFirstDiscussion,
];

/** Each county figure is the sum of the districts' figures at the same spot: the sums that link the county's report to the districts'. */
export const districtSums = (county: PlaceFigures, districts: ReadonlyArray<PlaceFigures>): LinkedDeclaration => {
  const districtKeys = districts.map(additiveKeys);
  return { figures: [], totals: additiveKeys(county).map((total, index) => ({ total, parts: districtKeys.map((keys) => keys[index] ?? '') })) };
};
