import { either as E } from 'fp-ts';
import type { CaseEventOf } from '../case/case-events';
import { rejectCase, type CaseRejection, type CaseRejectionCode } from '../case/case-rejections';
import type { CaseState, ReferredCase } from '../case/case-state';
import { districtName, type HubConfiguration } from '../reference/hub-configuration';
import { formatCalendarDate, type CalendarDate } from '../values/calendar-date';
import type { CaseId, ChildReference } from '../values/identifiers';
import type { ChildState } from './child-state';

/**
 * A referral of a child, told how each case started on the child's stream now stands
 * (read by the shell from each case's own stream, as `WithRecordedMeeting` is for meetings).
 */
export interface ReferralOfChild {
  readonly childReference: ChildReference;
  readonly caseId: CaseId;
  readonly occurredOn: CalendarDate;
  /** The state of each started referral's case; a case missing here is read as never referred. */
  readonly casesStarted: ReadonlyMap<string, CaseState>;
}

/**
 * The case rules the child's own stream answers, in the hub's handler, not the case
 * decider alone: a second open case, and a referral another referral of the child overtook
 * (the case decider refuses it too, but only the child's boundary ever overtakes one).
 */
export const caseRulesOfTheChild: ReadonlyArray<CaseRejectionCode> = ['child-has-open-case', 'referral-overtaken'];

const stateOf = (referral: ReferralOfChild, caseId: string): CaseState => referral.casesStarted.get(caseId) ?? { status: 'not-referred' };

/** The started referrals other than this one, with their cases as they stand. */
const otherCases = (referral: ReferralOfChild, state: ChildState): ReadonlyArray<{ readonly caseId: CaseId; readonly state: CaseState }> =>
  state.referrals.filter((started) => started.caseId !== referral.caseId).map((started) => ({ caseId: started.caseId, state: stateOf(referral, started.caseId) }));

/** The child's open case: referred for this child and not closed. A case another child's referral took is not this child's. */
export const openCaseOfChild = (referral: ReferralOfChild, state: ChildState): ReferredCase | undefined => {
  for (const other of otherCases(referral, state)) {
    if (other.state.status === 'open' && other.state.childReference === referral.childReference) return other.state;
  }
  return undefined;
};

/** The open case in words: "case 0f…, referred on 3 March 2026 to the Cannock Chase hub". */
export const describeOpenCase = (configuration: HubConfiguration, open: ReferredCase): string =>
  `case ${open.caseId}, referred on ${formatCalendarDate(open.referredOn)} to the ${districtName(configuration, open.district)} hub`;

/** A child is referred again only once their open case is closed (by `Close`, or by the Locality Management Group). */
export const checkNoOpenCase = (configuration: HubConfiguration, caseId: CaseId, open: ReferredCase | undefined): E.Either<CaseRejection, undefined> =>
  open === undefined
    ? E.right(undefined)
    : E.left(rejectCase('child-has-open-case', caseId, `The child already has an open case: ${describeOpenCase(configuration, open)}.`));

/**
 * The referrals started for the child that were never recorded in their case and are not
 * yet overtaken: before this referral may go ahead, each such case's stream is closed to
 * its referral (written only onto an empty stream, so a referral that landed meanwhile
 * makes the write fail and the whole decision is made again).
 */
export const referralsToOvertake = (referral: ReferralOfChild, state: ChildState): ReadonlyArray<CaseEventOf<'ReferralOvertaken'>> =>
  otherCases(referral, state)
    .filter((other) => other.state.status === 'not-referred' && other.state.overtakenBy === undefined)
    .map((other) => ({ type: 'ReferralOvertaken' as const, caseId: other.caseId, occurredOn: referral.occurredOn, overtakenBy: referral.caseId }));

/** Whether the rules allow a case's `ReferralOvertaken`: only a case never referred, and not overtaken already. */
export const checkOvertakable = (state: CaseState, caseId: CaseId): E.Either<CaseRejection, undefined> => {
  if (state.status !== 'not-referred') return E.left(rejectCase('case-already-referred', caseId, `The case ${caseId} was referred on ${formatCalendarDate(state.referredOn)}, so its referral cannot be overtaken.`));
  if (state.overtakenBy !== undefined) return E.left(rejectCase('referral-overtaken', caseId, `The referral of case ${caseId} was already overtaken by case ${state.overtakenBy}.`));
  return E.right(undefined);
};
