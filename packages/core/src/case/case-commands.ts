import * as t from 'io-ts';
import { LMGMeetingReference } from '../lmg/lmg-meeting-reference';
import { LMGOutcome } from '../lmg/lmg-outcomes';
import { MeetingReference } from '../meeting/meeting-reference';
import { CalendarDate } from '../values/calendar-date';
import { CaseId, ShortText } from '../values/identifiers';
import { identityUnion } from '../values/identity-union';
import { listOf } from '../values/list-of';
import { boundedInput } from '../validation/bounded-input';
import { exact, exactType } from '../validation/exact-object';
import { ActionReview, AgreedAction, ClosureReason, ConsentForm, ConsentGiver, ReviewConclusion } from './case-vocabulary';
import { ReferralDetails } from './referral-details';

/** Every case command names its case and the business date it happened on, and no field besides its own. */
const caseCommand = <Type extends string, Props extends t.Props>(type: Type, props: Props) =>
  exactType({ type: t.literal(type), caseId: CaseId, occurredOn: CalendarDate, ...props }, `a ${type} command`);

export const Refer = caseCommand('Refer', { referral: ReferralDetails });
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
export const Discuss = caseCommand('Discuss', { meeting: MeetingReference });
export const AgreeActions = caseCommand('AgreeActions', {
  meeting: MeetingReference,
  actions: listOf(AgreedAction, 'a list of agreed actions'),
});
export const Review = caseCommand('Review', {
  meeting: MeetingReference,
  outcomes: listOf(ActionReview, 'a list of action outcomes'),
  conclusion: ReviewConclusion,
});
export const EscalateToLMG = caseCommand('EscalateToLMG', { reason: ShortText });
/** The Locality Management Group's discussion of a case escalated to it, with the outcome it decided and why. */
export const DiscussAtLMG = caseCommand('DiscussAtLMG', {
  meeting: LMGMeetingReference,
  outcome: LMGOutcome,
  reason: ShortText,
  recommendations: listOf(ShortText, 'a list of the group’s recommendations', 20),
});
export const Close = caseCommand('Close', { reason: ClosureReason });

/** Bounded before it is decoded (see `boundedInput`): a command comes from outside. */
export const CaseCommand = boundedInput(
  identityUnion([Refer, RecordConsent, WithdrawConsent, Discuss, AgreeActions, Review, EscalateToLMG, DiscussAtLMG, Close], 'a case command'),
);
export type CaseCommand = t.TypeOf<typeof CaseCommand>;
export type CaseCommandType = CaseCommand['type'];
export type CaseCommandOf<Type extends CaseCommandType> = Extract<CaseCommand, { type: Type }>;
