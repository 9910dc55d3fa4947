import type { CaseCommand, CaseEvent, CaseRejectionCode, WithRecordedMeeting } from '@send-hub/core';
import {
  actionsAgreed,
  agreeActions,
  atMeeting,
  closed,
  close,
  consented,
  discuss,
  discussed,
  earlyHelp,
  emotionalLiteracy,
  escalate,
  recordConsent,
  refer,
  referral,
  parentalConsent,
  referred,
  referredWithoutConsent,
  review,
  reviewedAs,
  stafford,
  tamworth,
  withdrawConsent,
  withdrawn,
  discussAtLMG,
  escalatedCase,
  staffordGroup,
  recordMove,
  otherStaffordSchool,
  caseId,
} from './staffordshire-case';

const otherCaseId = '0b8e5d3c-2a4f-4e1b-8c7d-9f6a1e2b3c4d';

const groupDiscussion = discussAtLMG({ meeting: staffordGroup(3), outcome: 'back-to-hub', reason: 'New strategies are worth trying.', recommendations: ['Ask the educational psychologist to observe in class.'] });

export interface Example {
  readonly given: ReadonlyArray<CaseEvent>;
  readonly when: WithRecordedMeeting<CaseCommand>;
}

const heldOnEighthOctober = { status: 'held', heldOn: '2025-10-08' } as const;
const groupHeldOnTheDay = { status: 'held', heldOn: '2026-01-21' } as const;

/**
 * For every rule of the case decider, two examples that differ in one thing: one the
 * rule lets through, one it refuses. The type makes the list complete: a new rule
 * does not compile until it has its pair. The child's own rule (one open case at a time)
 * is shown with the child decider, in child-rules.test.ts.
 */
export type DeciderRule = Exclude<CaseRejectionCode, 'child-has-open-case'>;
export const caseRuleExamples: Record<DeciderRule, { readonly accepted: Example; readonly refused: Example }> = {
  'case-already-referred': {
    accepted: { given: [], when: refer() },
    refused: { given: referred, when: refer({ occurredOn: '2025-10-01' }) },
  },
  'referral-overtaken': {
    accepted: { given: [], when: refer() },
    refused: { given: [{ type: 'ReferralOvertaken', caseId, occurredOn: '2025-09-15', overtakenBy: otherCaseId }], when: refer() },
  },
  'case-not-found': {
    accepted: { given: referredWithoutConsent, when: recordConsent({ givenBy: 'parent-or-carer', form: 'verbal' }) },
    refused: { given: [], when: recordConsent({ givenBy: 'parent-or-carer', form: 'verbal' }) },
  },
  'case-closed': {
    accepted: { given: consented, when: withdrawConsent({ withdrawnBy: 'parent-or-carer' }) },
    refused: { given: closed, when: withdrawConsent({ withdrawnBy: 'parent-or-carer' }) },
  },
  'district-unknown': {
    accepted: { given: [], when: refer({ referral: { ...referral, district: 'tamworth' } }) },
    // Stoke-on-Trent is a unitary authority of its own, not a Staffordshire district.
    refused: { given: [], when: refer({ referral: { ...referral, district: 'stoke-on-trent' } }) },
  },
  'needs-invalid': {
    accepted: { given: [], when: refer({ referral: { ...referral, needs: [{ need: 'SEMH', rank: 1 }, { need: 'ASD', rank: 2 }] } }) },
    refused: { given: [], when: refer({ referral: { ...referral, needs: [{ need: 'SEMH', rank: 1 }, { need: 'ASD', rank: 1 }] } }) },
  },
  'date-before-previous-event': {
    accepted: { given: consented, when: discuss({ meeting: stafford(1), occurredOn: '2025-09-15' }) },
    refused: { given: consented, when: discuss({ meeting: stafford(1), occurredOn: '2025-09-14' }) },
  },
  'consent-required': {
    accepted: { given: consented, when: discuss({ meeting: stafford(1) }) },
    // An old history: the referral came before consent did, and none has been recorded since.
    refused: { given: referredWithoutConsent, when: discuss({ meeting: stafford(1) }) },
  },
  'consent-after-referral': {
    accepted: { given: [], when: refer({ consent: { ...parentalConsent, givenOn: '2025-09-15' } }) },
    refused: { given: [], when: refer({ consent: { ...parentalConsent, givenOn: '2025-09-16' } }) },
  },
  'consent-already-given': {
    accepted: { given: withdrawn, when: recordConsent({ givenBy: 'parent-or-carer', form: 'written', occurredOn: '2025-11-27' }) },
    refused: { given: consented, when: recordConsent({ givenBy: 'parent-or-carer', form: 'written', occurredOn: '2025-09-22' }) },
  },
  'consent-not-given': {
    accepted: { given: consented, when: withdrawConsent({ withdrawnBy: 'parent-or-carer' }) },
    refused: { given: referredWithoutConsent, when: withdrawConsent({ withdrawnBy: 'parent-or-carer' }) },
  },
  'consent-from-wrong-person': {
    accepted: { given: [], when: refer() },
    refused: { given: [], when: refer({ consent: { ...parentalConsent, givenBy: 'young-person' } }) },
  },
  'meeting-in-another-district': {
    accepted: { given: consented, when: discuss({ meeting: stafford(1) }) },
    refused: { given: consented, when: discuss({ meeting: tamworth(1) }) },
  },
  'meeting-cancelled': {
    accepted: { given: consented, when: atMeeting(discuss({ meeting: stafford(1) }), heldOnEighthOctober) },
    refused: { given: consented, when: atMeeting(discuss({ meeting: stafford(1) }), { status: 'cancelled', cancelledOn: '2025-10-06' }) },
  },
  'date-not-meeting-date': {
    accepted: { given: discussed, when: atMeeting(agreeActions({ meeting: stafford(1), actions: [emotionalLiteracy] }), heldOnEighthOctober) },
    refused: { given: discussed, when: atMeeting(agreeActions({ meeting: stafford(1), actions: [emotionalLiteracy], occurredOn: '2025-10-09' }), heldOnEighthOctober) },
  },
  'already-discussed': {
    accepted: { given: consented, when: discuss({ meeting: stafford(1) }) },
    refused: { given: discussed, when: discuss({ meeting: stafford(2), occurredOn: '2025-12-03' }) },
  },
  'actions-not-at-discussion-meeting': {
    accepted: { given: discussed, when: agreeActions({ meeting: stafford(1), actions: [emotionalLiteracy] }) },
    refused: { given: discussed, when: agreeActions({ meeting: stafford(2), actions: [emotionalLiteracy], occurredOn: '2025-12-03' }) },
  },
  'actions-invalid': {
    accepted: { given: discussed, when: agreeActions({ meeting: stafford(1), actions: [emotionalLiteracy] }) },
    refused: { given: discussed, when: agreeActions({ meeting: stafford(1), actions: [] }) },
  },
  'no-actions-to-review': {
    accepted: {
      given: actionsAgreed,
      when: review({ meeting: stafford(2), outcomes: [{ actionId: emotionalLiteracy.actionId, outcome: 'worked' }, { actionId: earlyHelp.actionId, outcome: 'worked' }], conclusion: 'needs-met' }),
    },
    refused: { given: discussed, when: review({ meeting: stafford(2), outcomes: [], conclusion: 'needs-met' }) },
  },
  'review-not-after-agreement': {
    accepted: {
      given: actionsAgreed,
      when: review({ meeting: stafford(2), outcomes: [{ actionId: emotionalLiteracy.actionId, outcome: 'worked' }, { actionId: earlyHelp.actionId, outcome: 'worked' }], conclusion: 'needs-met' }),
    },
    refused: {
      given: actionsAgreed,
      when: review({ meeting: stafford(1), outcomes: [{ actionId: emotionalLiteracy.actionId, outcome: 'worked' }, { actionId: earlyHelp.actionId, outcome: 'worked' }], conclusion: 'needs-met', occurredOn: '2025-10-08' }),
    },
  },
  'review-outcomes-mismatch': {
    accepted: {
      given: actionsAgreed,
      when: review({ meeting: stafford(2), outcomes: [{ actionId: emotionalLiteracy.actionId, outcome: 'partly-worked' }, { actionId: earlyHelp.actionId, outcome: 'not-done' }], conclusion: 'continue-with-new-actions' }),
    },
    refused: {
      given: actionsAgreed,
      when: review({ meeting: stafford(2), outcomes: [{ actionId: emotionalLiteracy.actionId, outcome: 'partly-worked' }], conclusion: 'continue-with-new-actions' }),
    },
  },
  'escalation-without-failed-review': {
    accepted: { given: reviewedAs('not-working'), when: escalate({ reason: 'Exclusions continue despite two terms of support.' }) },
    refused: { given: reviewedAs('continue-with-new-actions'), when: escalate({ reason: 'Exclusions continue despite two terms of support.' }) },
  },
  'closure-needs-met-without-review': {
    accepted: { given: reviewedAs('needs-met'), when: close({ reason: 'needs-met' }) },
    refused: { given: actionsAgreed, when: close({ reason: 'needs-met' }) },
  },
  'not-waiting-on-lmg': {
    accepted: { given: escalatedCase, when: groupDiscussion },
    refused: { given: reviewedAs('not-working'), when: groupDiscussion },
  },
  'lmg-meeting-in-another-district': {
    accepted: { given: escalatedCase, when: groupDiscussion },
    refused: { given: escalatedCase, when: { ...groupDiscussion, meeting: { ...staffordGroup(3), district: 'lichfield' } } },
  },
  'lmg-meeting-not-held': {
    accepted: { given: escalatedCase, when: { ...groupDiscussion, recordedMeeting: groupHeldOnTheDay } },
    refused: { given: escalatedCase, when: { ...groupDiscussion, recordedMeeting: { status: 'not-recorded' } } },
  },
  'lmg-discussion-not-on-meeting-date': {
    accepted: { given: escalatedCase, when: { ...groupDiscussion, recordedMeeting: groupHeldOnTheDay } },
    refused: { given: escalatedCase, when: { ...groupDiscussion, recordedMeeting: { status: 'held', heldOn: '2026-01-20' } } },
  },
  'move-to-same-school-and-district': {
    accepted: { given: consented, when: recordMove({ school: otherStaffordSchool }) },
    refused: { given: consented, when: recordMove({ school: referral.school, district: 'stafford' }) },
  },
  'lmg-recommendations-missing': {
    accepted: { given: escalatedCase, when: { ...groupDiscussion, outcome: 'closed', recommendations: [] } },
    refused: { given: escalatedCase, when: { ...groupDiscussion, recommendations: [] } },
  },
};
