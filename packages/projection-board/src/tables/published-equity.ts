import { districtName, type AcademicYear } from '@send-hub/core';
import { either as E } from 'fp-ts';
import type { BoardModel } from '../board-model';
import { defaultBoardSettings, type BoardSettings } from '../figures/board-selection';
import { equityDimensions, equityGroups, type EquityDimension, type EquityGroup } from '../figures/equity';
import { linkFigures, type LinkedDeclaration } from '../publication/linked/linked-figures';
import { suppressLinkedSet, type LinkedSuppression } from '../publication/linked/linked-suppression';
import { publishPercentage } from '../publication/publish-statistics';
import { defaultSuppressionThreshold, publishedCountOf, suppressionNote, thresholdRejection, type PublicationOptions, type TableRejection } from '../publication/publish-table';
import { halfTermTable } from './half-term-table';

export interface PublishedEquityRow {
  readonly key: string;
  readonly label: string;
  readonly referrals: string;
  readonly shareOfReferrals: string;
  readonly escalations: string;
  readonly shareOfEscalations: string;
  readonly needsMet: string;
  readonly shareOfNeedsMet: string;
}

export interface PublishedEquity {
  readonly title: string;
  readonly rowHeading: string;
  readonly rows: ReadonlyArray<PublishedEquityRow>;
  readonly note: string;
}

export const equityMeasures = ['referrals', 'escalations', 'needs-met'] as const;
export type EquityMeasure = (typeof equityMeasures)[number];

export interface EquityRequest {
  readonly academicYear: AcademicYear;
  readonly dimension: EquityDimension;
  /** One district's cases; the county's when left out. */
  readonly district?: string;
}

/** Each group's count of each equity measure over the academic year, and the totals of all groups. */
export interface EquityCounts {
  readonly request: EquityRequest;
  readonly groups: ReadonlyArray<EquityGroup>;
  readonly counts: Readonly<Record<EquityMeasure, ReadonlyArray<number>>>;
  readonly totals: Readonly<Record<EquityMeasure, number>>;
}

/** The key of a group's figure (or, for `total`, of all groups together) in a linked set. */
export type EquityKeys = (measure: EquityMeasure, group: EquityGroup | 'total') => string;

export const equityCounts = (model: BoardModel, request: EquityRequest, settings: BoardSettings = defaultBoardSettings): EquityCounts => {
  const where = request.district === undefined ? {} : { district: request.district };
  const yearly = (measure: EquityMeasure): number[] =>
    halfTermTable(model, { measure, rows: request.dimension, academicYear: request.academicYear, ...where }, settings).counts.map((row) => row.reduce((sum, count) => sum + count, 0));
  const counts = { referrals: yearly('referrals'), escalations: yearly('escalations'), 'needs-met': yearly('needs-met') };
  const sum = (values: ReadonlyArray<number>) => values.reduce((running, value) => running + value, 0);
  return { request, groups: equityGroups(request.dimension), counts, totals: { referrals: sum(counts.referrals), escalations: sum(counts.escalations), 'needs-met': sum(counts['needs-met']) } };
};

/** Each group's yearly counts, and each measure's total as the sum of its groups. */
export const equityDeclaration = (equity: EquityCounts, keys: EquityKeys): LinkedDeclaration => ({
  figures: equityMeasures.flatMap((measure) => [
    ...equity.groups.map((group, index) => ({ key: keys(measure, group), value: equity.counts[measure][index] ?? 0 })),
    { key: keys(measure, 'total'), value: equity.totals[measure] },
  ]),
  totals: equityMeasures.map((measure) => ({ total: keys(measure, 'total'), parts: equity.groups.map((group) => keys(measure, group)) })),
});

/**
 * Each group's share of referrals against its share of escalations and of needs met, fit to
 * publish: each count as the linked set decided, and each share withheld with its count or total.
 */
export const publishedEquityOf = (equity: EquityCounts, keys: EquityKeys, suppression: LinkedSuppression, settings: BoardSettings = defaultBoardSettings): PublishedEquity => {
  const { request } = equity;
  const where = request.district === undefined ? settings.configuration.councilName : districtName(settings.configuration, request.district);
  const share = (measure: EquityMeasure, group: EquityGroup, index: number) => {
    const count = publishedCountOf(suppression, keys(measure, group), equity.counts[measure][index] ?? 0);
    return { count: count.shown, share: publishPercentage(count, publishedCountOf(suppression, keys(measure, 'total'), equity.totals[measure])) };
  };
  return {
    title: `Referrals, escalations and needs met by ${equityDimensions.label(request.dimension).toLowerCase()}, ${where}, ${request.academicYear}`,
    rowHeading: equityDimensions.label(request.dimension),
    rows: equity.groups.map((group, index) => {
      const [referred, escalated, met] = [share('referrals', group, index), share('escalations', group, index), share('needs-met', group, index)];
      return {
        key: group.key,
        label: group.label,
        referrals: referred.count,
        shareOfReferrals: referred.share,
        escalations: escalated.count,
        shareOfEscalations: escalated.share,
        needsMet: met.count,
        shareOfNeedsMet: met.share,
      };
    }),
    note: suppressionNote(suppression.threshold),
  };
};

const standAloneKeys: EquityKeys = (measure, group) => `${measure} ${group === 'total' ? 'total' : group.key}`;

/**
 * One equity table published on its own, as a linked set of its own figures. The board's
 * reports publish equity with every other table instead (see `publishBoard`).
 */
export const publishEquity = (model: BoardModel, request: EquityRequest, settings: BoardSettings = defaultBoardSettings, options: PublicationOptions = {}): E.Either<TableRejection, PublishedEquity> => {
  const threshold = options.threshold ?? defaultSuppressionThreshold;
  if (!Number.isInteger(threshold) || threshold < 0) return E.left(thresholdRejection(threshold));
  const equity = equityCounts(model, request, settings);
  return E.bimap(
    (rejection: { readonly message: string }): TableRejection => ({ _tag: 'TableRejection', code: 'table-invalid', message: rejection.message }),
    (set: Parameters<typeof suppressLinkedSet>[0]) => publishedEquityOf(equity, standAloneKeys, suppressLinkedSet(set, threshold), settings),
  )(linkFigures([equityDeclaration(equity, standAloneKeys)]));
};
