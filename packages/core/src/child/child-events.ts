import * as t from 'io-ts';
import { CalendarDate } from '../values/calendar-date';
import { CaseId, ChildReference } from '../values/identifiers';
import { exactType } from '../validation/exact-object';

/**
 * The child's own stream records which cases the child has had, by case id: the one place
 * two referrals of a child made at once meet, so that only one of them lands. It names the
 * child by the pseudonymous reference alone (no personal field), so it needs no key and
 * survives erasure, as the board's codes do.
 */
export const ReferralStarted = exactType(
  { type: t.literal('ReferralStarted'), childReference: ChildReference, caseId: CaseId, occurredOn: CalendarDate },
  'a ReferralStarted event',
);
export type ReferralStarted = t.TypeOf<typeof ReferralStarted>;

/** Every event of a child's stream (one type today; a union once there are more). */
export const ChildEvent = ReferralStarted;
export type ChildEvent = t.TypeOf<typeof ChildEvent>;
export type ChildEventType = ChildEvent['type'];

export const childEventSchemaVersions: Readonly<Record<ChildEventType, number>> = { ReferralStarted: 1 };

export const childEventLabels: Readonly<Record<ChildEventType, string>> = { ReferralStarted: 'Referral started' };

export const childStreamPrefix = 'child-';
export const childStreamId = (childReference: string): string => `${childStreamPrefix}${childReference}`;
