import * as t from 'io-ts';
import { LMGMeetingReference } from '../lmg/lmg-meeting-reference';
import { LMGOutcome } from '../lmg/lmg-outcomes';
import { MeetingReference } from '../meeting/meeting-reference';
import { CalendarDate } from '../values/calendar-date';
import { CaseId, SchoolUrn, ShortText } from '../values/identifiers';
import { DistrictId } from '../reference/districts';
import { NationalCurriculumYear } from '../reference/school-years';
import { identityUnion } from '../values/identity-union';
import { listOf } from '../values/list-of';
import { boundedInput } from '../validation/bounded-input';
import { exact, exactType } from '../validation/exact-object';
import { ActionReview, AgreedAction, ClosureReason, ConsentForm, ConsentGiver, ReviewConclusion } from './case-vocabulary';
import { HeardViews, ReferralConsent, ViewsHolder, WayViewsWereHeard } from './consent-and-views';
import { ReferralDetails } from './referral-details';

/** Every case command names its case and the business date it happened on, and no field besides its own. */
const caseCommand = <Type extends string, Props extends t.Props>(type: Type, props: Props) =>
  exactType({ type: t.literal(type), caseId: CaseId, occurredOn: CalendarDate, ...props }, `a ${type} command`);

/** Views heard with a command (at the referral, a discussion or a review): each is recorded as a `ViewsHeard` event of its own. */
const viewsWith = t.partial({ views: listOf(HeardViews, 'a list of views heard') });

/** A case command with views that may come with it: exact, so no other field gets through. */
const caseCommandWithViews = <Type extends string, Props extends t.Props>(type: Type, props: Props) =>
  exact(t.intersection([t.type({ type: t.literal(type), caseId: CaseId, occurredOn: CalendarDate, ...props }), viewsWith], `a ${type} command`));

/** A referral comes with the consent the school obtained: a council may not hold a child's story without it. */
export const Refer = caseCommandWithViews('Refer', { referral: ReferralDetails, consent: ReferralConsent });
export const RecordConsent = exact(
  t.intersection(
    [
      t.type({ type: t.literal('RecordConsent'), caseId: CaseId, occurredOn: CalendarDate, givenBy: ConsentGiver, form: ConsentForm }),
      t.partial({ youngPersonLacksCapacity: t.boolean }),
    ],
    'a RecordConsent command',
  ),
);
export const WithdrawConsent = caseCommand('WithdrawConsent', { withdrawnBy: ConsentGiver });
export const Discuss = caseCommandWithViews('Discuss', { meeting: MeetingReference });
export const AgreeActions = caseCommand('AgreeActions', {
  meeting: MeetingReference,
  actions: listOf(AgreedAction, 'a list of agreed actions'),
});
export const Review = caseCommandWithViews('Review', {
  meeting: MeetingReference,
  outcomes: listOf(ActionReview, 'a list of action outcomes'),
  conclusion: ReviewConclusion,
});
/** The child's or the family's views, heard at any time the case is open; at a meeting when `meeting` is given. */
export const RecordViews = exact(
  t.intersection(
    [
      t.type({ type: t.literal('RecordViews'), caseId: CaseId, occurredOn: CalendarDate, whose: ViewsHolder, how: WayViewsWereHeard, views: HeardViews.type.props.views }),
      t.partial({ meeting: MeetingReference }),
    ],
    'a RecordViews command',
  ),
);
export const EscalateToLMG = caseCommand('EscalateToLMG', { reason: ShortText });
/** The Locality Management Group's discussion of a case escalated to it, with the outcome it decided and why. */
export const DiscussAtLMG = caseCommand('DiscussAtLMG', {
  meeting: LMGMeetingReference,
  outcome: LMGOutcome,
  reason: ShortText,
  recommendations: listOf(ShortText, 'a list of the group’s recommendations', 20),
});
/**
 * The child moves school, district or both while the case is open: the school they attend
 * from the move, the district whose hub takes the case when it changes, and the year group
 * they join when it is not the one they would be in anyway (a child placed out of their year).
 */
export const RecordMove = exact(
  t.intersection(
    [
      t.type({ type: t.literal('RecordMove'), caseId: CaseId, occurredOn: CalendarDate, school: SchoolUrn }),
      t.partial({ district: DistrictId, yearGroup: NationalCurriculumYear }),
    ],
    'a RecordMove command',
  ),
);
export const Close = caseCommand('Close', { reason: ClosureReason });

/** Bounded before it is decoded (see `boundedInput`): a command comes from outside. */
export const CaseCommand = boundedInput(
  identityUnion([Refer, RecordConsent, WithdrawConsent, Discuss, AgreeActions, Review, RecordViews, EscalateToLMG, DiscussAtLMG, RecordMove, Close], 'a case command'),
);
export type CaseCommand = t.TypeOf<typeof CaseCommand>;
export type CaseCommandType = CaseCommand['type'];
export type CaseCommandOf<Type extends CaseCommandType> = Extract<CaseCommand, { type: Type }>;
