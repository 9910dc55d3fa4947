import type { MeetingReference } from '../meeting/meeting-reference';
import type { DistrictId } from '../reference/districts';
import type { NationalCurriculumYear } from '../reference/school-years';
import type { CalendarDate } from '../values/calendar-date';
import type { ActionId, CaseId, ChildReference, SchoolUrn } from '../values/identifiers';
import type { AgreedAction, ClosureReason, ConsentGiver, ReviewConclusion } from './case-vocabulary';

export type ConsentStatus = 'awaited' | 'given' | 'withdrawn';

/**
 * Where a case stands in the hub's cycle of discuss, agree actions, review; `escalated` while it
 * waits on the Locality Management Group, `returned-to-hub` once the group sends it back for the
 * hub to discuss again and agree new actions.
 */
export type CaseStage = 'awaiting-first-discussion' | 'discussed' | 'actions-agreed' | 'reviewed' | 'escalated' | 'returned-to-hub';

export interface UnreferredCase {
  readonly status: 'not-referred';
  /** Set when another referral of the child went ahead while this one was unfinished: the case can never be referred. */
  readonly overtakenBy?: CaseId;
}

export interface ReferredCase {
  readonly status: 'open' | 'closed';
  readonly caseId: CaseId;
  readonly childReference: ChildReference;
  /** The district whose hub and Locality Management Group the case belongs to now: the referral's, or the one the child last moved to. */
  readonly district: DistrictId;
  /** The school the child attends now: the referring school, or the one the child last moved to. */
  readonly school: SchoolUrn;
  /** The year group recorded on `yearGroupRecordedOn` (at the referral or the latest move); it moves up each 1 September after. */
  readonly yearGroup: NationalCurriculumYear;
  readonly yearGroupRecordedOn: CalendarDate;
  readonly referredOn: CalendarDate;
  /** Business date of the latest event: no later event may be dated before it. */
  readonly lastOccurredOn: CalendarDate;
  readonly consent: ConsentStatus;
  /** Who gave the consent now current (or last withdrawn); undefined before any was recorded. */
  readonly consentGivenBy: ConsentGiver | undefined;
  readonly stage: CaseStage;
  /** The meeting of the latest discussion or review: where actions may be agreed. */
  readonly lastMeeting: MeetingReference | undefined;
  /** The child moved district since the case was last discussed or reviewed: the new hub discusses it before agreeing actions. */
  readonly movedSinceLastMeeting: boolean;
  readonly actionsAgreedAt: MeetingReference | undefined;
  /** Actions agreed and not yet reviewed. */
  readonly outstandingActions: ReadonlyArray<AgreedAction>;
  /** Every action id agreed in the case, reviewed or not: an id names one action for good. */
  readonly agreedActionIds: ReadonlyArray<ActionId>;
  readonly lastConclusion: ReviewConclusion | undefined;
  readonly closureReason: ClosureReason | undefined;
}

export type CaseState = UnreferredCase | ReferredCase;

export const initialCaseState: CaseState = { status: 'not-referred' };
