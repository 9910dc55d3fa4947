import * as t from 'io-ts';
import { Agency } from '../reference/agencies';
import { codedValues } from '../reference/coded-values';
import { NeedType } from '../reference/special-educational-needs';
import { ActionId, ShortText } from '../values/identifiers';
import { identityUnion } from '../values/identity-union';
import { exactType } from '../validation/exact-object';

export const consentGivers = codedValues('who gave consent (parent-or-carer or young-person)', {
  'parent-or-carer': 'A parent or carer',
  'young-person': 'The young person',
});
export const ConsentGiver = consentGivers.codec;
export type ConsentGiver = t.TypeOf<typeof ConsentGiver>;

export const consentForms = codedValues('how consent was given (written or verbal)', {
  written: 'Written',
  verbal: 'Verbal',
});
export const ConsentForm = consentForms.codec;
export type ConsentForm = t.TypeOf<typeof ConsentForm>;

export const actionOutcomes = codedValues('an action outcome (worked, partly-worked, did-not-work or not-done)', {
  worked: 'Worked',
  'partly-worked': 'Partly worked',
  'did-not-work': 'Did not work',
  'not-done': 'Not done',
});
export const ActionOutcome = actionOutcomes.codec;
export type ActionOutcome = t.TypeOf<typeof ActionOutcome>;

export const reviewConclusions = codedValues('a review conclusion (needs-met, continue-with-new-actions or not-working)', {
  'needs-met': 'Needs met',
  'continue-with-new-actions': 'Continue with new actions',
  'not-working': 'Not working',
});
export const ReviewConclusion = reviewConclusions.codec;
export type ReviewConclusion = t.TypeOf<typeof ReviewConclusion>;

export const closureReasons = codedValues('a reason for closing (needs-met, consent-withdrawn, left-the-area, passed-to-locality-management-group or other)', {
  'needs-met': 'Needs met',
  'consent-withdrawn': 'Consent withdrawn',
  'left-the-area': 'Left the area',
  'passed-to-locality-management-group': 'Passed to the Locality Management Group',
  other: 'Other reason',
});
export const ClosureReason = closureReasons.codec;
export type ClosureReason = t.TypeOf<typeof ClosureReason>;

export const RankedNeed = exactType(
  { need: NeedType, rank: identityUnion([t.literal(1), t.literal(2)], 'a need rank (1 primary, 2 secondary)') },
  'a ranked need',
);
export type RankedNeed = t.TypeOf<typeof RankedNeed>;

/** An action or strategy agreed at a meeting, owned by a named professional role in an agency. */
export const AgreedAction = exactType(
  { actionId: ActionId, description: ShortText, agency: Agency, ownerRole: ShortText },
  'an agreed action',
);
export type AgreedAction = t.TypeOf<typeof AgreedAction>;

export const ActionReview = exactType({ actionId: ActionId, outcome: ActionOutcome }, 'an action outcome');
export type ActionReview = t.TypeOf<typeof ActionReview>;
