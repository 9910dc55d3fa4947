import type { CalendarDate, CaseId, ConsentGiver, ReferralDetails } from '@send-hub/core';
import type { SeededRandom } from '../random/seeded-random';
import type { CaseTimeline } from '../recording/command-schedule';

/**
 * The simulation's own picture of a case, as it stands after every command it has
 * decided on so far, including those dated weeks ahead. It plans from this picture;
 * the hub's real state only ever catches up with it, and the real rules check it.
 */
export interface SimulatedCase extends CaseTimeline {
  readonly caseId: CaseId;
  readonly referral: ReferralDetails;
  readonly referredOn: CalendarDate;
  /** The school the child attends now: the referring one, or the one they last moved to (the district is the one whose list holds the case). */
  school: string;
  /** Each case draws its own numbers, so one child's journey does not depend on another's. */
  readonly random: SeededRandom;
  /** Who consented to the referral (the young person from the end of Year 11, unless they lack capacity); anyone of the two may withdraw. */
  readonly consentGiver: ConsentGiver;
  /** Whether the child's own views have been heard yet. */
  childViewsHeard: boolean;
  readonly youngPersonLacksCapacity: boolean | undefined;
  /** The date consent was (last) given; undefined until it is. */
  consentOn: CalendarDate | undefined;
  /** `escalated` while it waits on the Locality Management Group; `returned` once the group sends it back to the hub. */
  stage: 'awaiting-discussion' | 'actions-agreed' | 'escalated' | 'returned' | 'closed';
  /** When it was last escalated to the group. */
  escalatedOn: CalendarDate | undefined;
  outstandingActionIds: string[];
  /** The half term (as a term ordinal) of the meeting that agreed the outstanding actions. */
  actionsAgreedTerm: number | undefined;
  reviews: number;
  /** How well the child responds to support, from 0 to 1: it shapes the outcomes of actions. */
  responsiveness: number;
}
