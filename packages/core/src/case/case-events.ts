import * as t from 'io-ts';
import { LMGMeetingReference } from '../lmg/lmg-meeting-reference';
import { LMGOutcome } from '../lmg/lmg-outcomes';
import { MeetingReference } from '../meeting/meeting-reference';
import { CalendarDate } from '../values/calendar-date';
import { CaseId, ChildReference, ShortText } from '../values/identifiers';
import { NationalCurriculumYear } from '../reference/school-years';
import { SchoolPlace } from './school-place';
import { identityUnion } from '../values/identity-union';
import { listOf } from '../values/list-of';
import { exact, exactType } from '../validation/exact-object';
import { ActionReview, AgreedAction, ClosureReason, ConsentForm, ConsentGiver, ReviewConclusion } from './case-vocabulary';
import { HeardViews, ReferredConsent, ViewsHolder, WayViewsWereHeard } from './consent-and-views';
import { ReferralDetails } from './referral-details';

/**
 * Every case event names its case and its business date (`occurredOn`); the envelope
 * holds when it was recorded. Exact, so a stored event with a field no schema defines is reported.
 */
const caseEvent = <Type extends string, Props extends t.Props>(type: Type, props: Props) =>
  exactType({ type: t.literal(type), caseId: CaseId, occurredOn: CalendarDate, ...props }, `a ${type} event`);

/** Schema version 2: the consent comes with the referral (version 1 had none; its upcaster says "not-recorded-at-referral"). */
export const Referred = caseEvent('Referred', { referral: ReferralDetails, consent: ReferredConsent });
export const ConsentGiven = caseEvent('ConsentGiven', {
  givenBy: ConsentGiver,
  form: ConsentForm,
  youngPersonLacksCapacity: t.boolean,
});
export const ConsentWithdrawn = caseEvent('ConsentWithdrawn', { withdrawnBy: ConsentGiver });
export const Discussed = caseEvent('Discussed', { meeting: MeetingReference });
export const ActionsAgreed = caseEvent('ActionsAgreed', {
  meeting: MeetingReference,
  actions: listOf(AgreedAction, 'a list of agreed actions'),
});
export const Reviewed = caseEvent('Reviewed', {
  meeting: MeetingReference,
  outcomes: listOf(ActionReview, 'a list of action outcomes'),
  conclusion: ReviewConclusion,
});
/**
 * The child's or the family's views, heard at the referral, at a meeting or in between.
 * It names the child so the views are encrypted with the child's key (and erased with it).
 */
export const ViewsHeard = exact(
  t.intersection(
    [
      t.type({
        type: t.literal('ViewsHeard'),
        caseId: CaseId,
        occurredOn: CalendarDate,
        childReference: ChildReference,
        whose: ViewsHolder,
        how: WayViewsWereHeard,
        views: HeardViews.type.props.views,
      }),
      t.partial({ meeting: MeetingReference }),
    ],
    'a ViewsHeard event',
  ),
);
export const EscalatedToLMG = caseEvent('EscalatedToLMG', { reason: ShortText });
/** Dated on the group meeting's date; the outcome says whether the case goes back to the hub, waits for the group or is closed. */
export const DiscussedAtLMG = caseEvent('DiscussedAtLMG', {
  meeting: LMGMeetingReference,
  outcome: LMGOutcome,
  reason: ShortText,
  recommendations: listOf(ShortText, 'a list of the group’s recommendations', 20),
});
/**
 * The child moved school, district or both within the open case: where they were and where
 * they are now, and the year group they are in at the new school. From this event on the
 * case belongs to the hub (and the Locality Management Group) of the district it moved to.
 */
export const ChildMoved = caseEvent('ChildMoved', { from: SchoolPlace, to: SchoolPlace, yearGroup: NationalCurriculumYear });
export const CaseClosed = caseEvent('CaseClosed', { reason: ClosureReason });
/**
 * A referral started on the child's stream was never recorded in its case (its writer
 * stopped between the two writes, or is still on its way), and another referral of the
 * child went ahead: the case's stream is closed to that referral for good, so it can
 * never land beside the one that went ahead (see docs/decisions/0040).
 */
export const ReferralOvertaken = caseEvent('ReferralOvertaken', { overtakenBy: CaseId });

export const CaseEvent = identityUnion(
  [Referred, ConsentGiven, ConsentWithdrawn, Discussed, ActionsAgreed, Reviewed, ViewsHeard, EscalatedToLMG, DiscussedAtLMG, ChildMoved, CaseClosed, ReferralOvertaken],
  'a case event',
);
export type CaseEvent = t.TypeOf<typeof CaseEvent>;
export type CaseEventType = CaseEvent['type'];
export type CaseEventOf<Type extends CaseEventType> = Extract<CaseEvent, { type: Type }>;

/** The current schema version of each case event type; readers upcast older versions. */
export const caseEventSchemaVersions: Readonly<Record<CaseEventType, number>> = {
  Referred: 2,
  ConsentGiven: 1,
  ConsentWithdrawn: 1,
  Discussed: 1,
  ActionsAgreed: 1,
  Reviewed: 1,
  ViewsHeard: 1,
  EscalatedToLMG: 1,
  DiscussedAtLMG: 1,
  ChildMoved: 1,
  CaseClosed: 1,
  ReferralOvertaken: 1,
};

export const caseStreamPrefix = 'case-';
export const caseStreamId = (caseId: CaseId): string => `${caseStreamPrefix}${caseId}`;
