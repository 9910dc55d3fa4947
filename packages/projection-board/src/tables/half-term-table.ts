import { codedValues, districtName, halfTermLabel, type AcademicYear, type HalfTerm } from '@send-hub/core';
import type * as t from 'io-ts';
import type { BoardCase, BoardModel } from '../board-model';
import { casesIn } from '../figures/board-figures';
import { BoardPeriod, defaultBoardSettings, type BoardSettings } from '../figures/board-selection';
import { caseFigures, type CaseFigures } from '../figures/case-figures';
import { equityDimensions, equityGroupOf, equityGroups, type EquityDimension } from '../figures/equity';
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
});
export const BoardMeasure = boardMeasures.codec;
export type BoardMeasure = t.TypeOf<typeof BoardMeasure>;

export const measureOf = (figures: CaseFigures, measure: BoardMeasure): number => {
  switch (measure) {
    case 'needs-met':
      return figures.effectiveness.needsMet;
    case 're-referrals':
      return figures.effectiveness.reReferrals;
    case 'lmg-discussions':
      return figures.volumes.lmgDiscussions;
    default:
      return figures.volumes[measure];
  }
};

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
  for (const counted of casesIn(model, dimension === 'district' ? undefined : request.district)) {
    const key = dimension === 'district' ? counted.district : equityGroupOf(dimension, counted, settings.configuration);
    groups.get(key)?.push(counted);
  }
  const where = dimension === 'district' || request.district === undefined ? settings.configuration.councilName : districtName(settings.configuration, request.district);
  return {
    title: `${boardMeasures.label(request.measure)} by ${dimension === 'district' ? 'district' : equityDimensions.label(dimension).toLowerCase()} and half term, ${where}, ${request.academicYear}`,
    rowHeading: dimension === 'district' ? 'District' : equityDimensions.label(dimension),
    rows,
    columns: halfTerms.map((halfTerm) => ({ key: String(halfTerm), label: halfTermLabel(halfTerm) })),
    counts: rows.map((row) => periods.map((period) => measureOf(caseFigures(groups.get(row.key) ?? [], period), request.measure))),
  };
};
