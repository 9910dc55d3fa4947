import { codedValues, districtName, halfTermLabel, type AcademicYear, type HalfTerm } from '@send-hub/core';
import type * as t from 'io-ts';
import type { BoardCase, BoardModel } from '../board-model';
import { casesIn } from '../figures/board-figures';
import { BoardPeriod, defaultBoardSettings, type BoardSettings } from '../figures/board-selection';
import { caseFigures, type CaseFigures } from '../figures/case-figures';
import { equityDimensions, equityGroupOf, equityGroups, type EquityDimension } from '../figures/equity';
import { countMoves, type MoveCounts } from '../figures/moves';
import type { CountTable } from '../publication/count-table';

/** The counts that add up across half terms, and so can fill a table with totals. */
export const boardMeasures = codedValues('a board measure', {
  referrals: 'Referrals',
  consents: 'Consents recorded',
  discussions: 'First discussions',
  reviews: 'Reviews',
  escalations: 'Escalations to the Locality Management Group',
  'lmg-discussions': 'Cases discussed by the Locality Management Group',
  closures: 'Cases closed',
  'needs-met': 'Cases closed with needs met',
  're-referrals': 'Re-referrals',
  'moves-in': 'Cases moved in from another district',
  'moves-out': 'Cases moved out to another district',
  'school-moves': 'Moves of school within a district',
});
export const BoardMeasure = boardMeasures.codec;
export type BoardMeasure = t.TypeOf<typeof BoardMeasure>;

/** The measures counted by the district the child moved to or from, not the one that referred the case. */
const moveMeasures: ReadonlySet<BoardMeasure> = new Set(['moves-in', 'moves-out', 'school-moves']);

type MeasuredFigures = CaseFigures & { readonly moves: MoveCounts };

/** How each measure is read from a set of figures. */
const measureReaders: Readonly<Record<BoardMeasure, (figures: MeasuredFigures) => number>> = {
  referrals: ({ volumes }) => volumes.referrals,
  consents: ({ volumes }) => volumes.consents,
  discussions: ({ volumes }) => volumes.discussions,
  reviews: ({ volumes }) => volumes.reviews,
  escalations: ({ volumes }) => volumes.escalations,
  'lmg-discussions': ({ volumes }) => volumes.lmgDiscussions,
  closures: ({ volumes }) => volumes.closures,
  'needs-met': ({ effectiveness }) => effectiveness.needsMet,
  're-referrals': ({ effectiveness }) => effectiveness.reReferrals,
  'moves-in': ({ moves }) => moves.movedIn,
  'moves-out': ({ moves }) => moves.movedOut,
  'school-moves': ({ moves }) => moves.schoolMoves,
};

export const measureOf = (figures: MeasuredFigures, measure: BoardMeasure): number => measureReaders[measure](figures);

export interface HalfTermTableRequest {
  readonly measure: BoardMeasure;
  /** One row per district (county-wide), or per group of an equity dimension. */
  readonly rows: 'district' | EquityDimension;
  readonly academicYear: AcademicYear;
  /** For equity rows: one district's cases; the county's when left out. */
  readonly district?: string;
}

const halfTerms: ReadonlyArray<HalfTerm> = [1, 2, 3, 4, 5, 6];

/** A measure for each row over the six half terms of an academic year: a table ready for `publishTable`. */
export const halfTermTable = (model: BoardModel, request: HalfTermTableRequest, settings: BoardSettings = defaultBoardSettings): CountTable => {
  const periods = halfTerms.map((halfTerm) => new BoardPeriod({ academicYear: request.academicYear, halfTerm }, settings.calendar));
  const groups = new Map<string, BoardCase[]>();
  const rows =
    request.rows === 'district'
      ? settings.configuration.districts.map((district) => ({ key: district.id, label: district.name }))
      : equityGroups(request.rows).map((group) => ({ ...group }));
  for (const row of rows) groups.set(row.key, []);
  const dimension = request.rows;
  if (moveMeasures.has(request.measure)) return moveTable(model, request, rows, periods, settings);
  for (const counted of casesIn(model, dimension === 'district' ? undefined : request.district)) {
    const key = dimension === 'district' ? counted.district : equityGroupOf(dimension, counted, settings.configuration);
    groups.get(key)?.push(counted);
  }
  return {
    ...headings(request, rows, settings),
    counts: rows.map((row) => periods.map((period) => measureOf({ ...caseFigures(groups.get(row.key) ?? [], period), moves: noMoves }, request.measure))),
  };
};

const noMoves: MoveCounts = { movedIn: 0, movedOut: 0, schoolMoves: 0 };

const headings = (request: HalfTermTableRequest, rows: CountTable['rows'], settings: BoardSettings): Omit<CountTable, 'counts'> => {
  const dimension = request.rows;
  const where = dimension === 'district' || request.district === undefined ? settings.configuration.councilName : districtName(settings.configuration, request.district);
  return {
    title: `${boardMeasures.label(request.measure)} by ${dimension === 'district' ? 'district' : equityDimensions.label(dimension).toLowerCase()} and half term, ${where}, ${request.academicYear}`,
    rowHeading: dimension === 'district' ? 'District' : equityDimensions.label(dimension),
    rows,
    columns: halfTerms.map((halfTerm) => ({ key: String(halfTerm), label: halfTermLabel(halfTerm) })),
  };
};

/** A move measure's table: a district row counts the moves into or out of that district, of every case; an equity group's row the moves of its children. */
const moveTable = (model: BoardModel, request: HalfTermTableRequest, rows: CountTable['rows'], periods: ReadonlyArray<BoardPeriod>, settings: BoardSettings): CountTable => {
  const dimension = request.rows;
  const everyCase = [...model.cases.values()];
  const casesOfRow = (key: string): BoardCase[] =>
    dimension === 'district' ? everyCase : everyCase.filter((counted) => equityGroupOf(dimension, counted, settings.configuration) === key);
  return {
    ...headings(request, rows, settings),
    counts: rows.map((row) => {
      const cases = casesOfRow(row.key);
      const district = dimension === 'district' ? row.key : request.district;
      return periods.map((period) => measureOf({ ...caseFigures([], period), moves: countMoves(cases, district, period) }, request.measure));
    }),
  };
};
