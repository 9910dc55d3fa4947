import { districtName, type AcademicYear } from '@send-hub/core';
import { either as E } from 'fp-ts';
import { sequenceT } from 'fp-ts/Apply';
import type { BoardModel } from '../board-model';
import { defaultBoardSettings, type BoardSettings } from '../figures/board-selection';
import { equityDimensions, type EquityDimension } from '../figures/equity';
import { publishPercentage } from '../publication/publish-statistics';
import { publishTable, type PublicationOptions, type PublishedTable, type TableRejection } from '../publication/publish-table';
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

/**
 * Each group's share of referrals against its share of escalations and of needs met,
 * over an academic year, fit to publish: each count comes from a half-term table that
 * went through disclosure control, and each share is withheld with its count.
 */
export const publishEquity = (
  model: BoardModel,
  request: { readonly academicYear: AcademicYear; readonly dimension: EquityDimension; readonly district?: string },
  settings: BoardSettings = defaultBoardSettings,
  options: PublicationOptions = {},
): E.Either<TableRejection, PublishedEquity> => {
  const table = (measure: 'referrals' | 'escalations' | 'needs-met') =>
    publishTable(halfTermTable(model, { measure, rows: request.dimension, academicYear: request.academicYear, district: request.district }, settings), options);
  const share = (published: PublishedTable, index: number) => {
    const row = published.rows[index];
    return row === undefined ? { count: '', share: '' } : { count: row.total.shown, share: publishPercentage(row.total, published.grandTotal) };
  };
  return E.map(([referrals, escalations, needsMet]: [PublishedTable, PublishedTable, PublishedTable]): PublishedEquity => {
    const where = request.district === undefined ? settings.configuration.councilName : districtName(settings.configuration, request.district);
    return {
      title: `Referrals, escalations and needs met by ${equityDimensions.label(request.dimension).toLowerCase()}, ${where}, ${request.academicYear}`,
      rowHeading: equityDimensions.label(request.dimension),
      rows: referrals.rows.map((row, index) => {
        const [referred, escalated, met] = [share(referrals, index), share(escalations, index), share(needsMet, index)];
        return {
          key: row.key,
          label: row.label,
          referrals: referred.count,
          shareOfReferrals: referred.share,
          escalations: escalated.count,
          shareOfEscalations: escalated.share,
          needsMet: met.count,
          shareOfNeedsMet: met.share,
        };
      }),
      note: referrals.note,
    };
  })(sequenceT(E.Apply)(table('referrals'), table('escalations'), table('needs-met')));
};
