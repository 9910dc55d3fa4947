import { caseDecider, type CaseEvent } from '@send-hub/core';
import { deciderSpecification } from '@send-hub/testing';
import {
  actionsAgreed,
  agreeActions,
  close,
  discuss,
  earlyHelp,
  emotionalLiteracy,
  escalate,
  recordConsent,
  recorded,
  refer,
  referral,
  review,
  stafford,
  withdrawConsent,
  withdrawn,
} from './support/staffordshire-case';

const specification = deciderSpecification(caseDecider);

/** A Year 12 student at a sixth form, past compulsory school age. */
const referredInYear12: CaseEvent[] = [recorded(refer({ referral: { ...referral, yearGroup: 'Y12', personal: { ...referral.personal, dateOfBirth: '2009-05-02' } } }))];

describe('who consents', () => {
  it('lets a young person in Year 12 consent for themselves', () => {
    const consent = recordConsent({ givenBy: 'young-person', form: 'verbal' });
    specification.given(referredInYear12).when(consent).then([{ ...recorded(consent), youngPersonLacksCapacity: false }]);
  });

  it('takes consent from a parent or carer when a Year 12 young person lacks capacity to decide', () => {
    const consent = recordConsent({ givenBy: 'parent-or-carer', form: 'written', youngPersonLacksCapacity: true });
    specification.given(referredInYear12).when(consent).then([recorded(consent)]);
  });

  it('refuses consent from a parent for a Year 12 young person who has capacity, saying who must consent', () => {
    specification
      .given(referredInYear12)
      .when(recordConsent({ givenBy: 'parent-or-carer', form: 'written' }))
      .thenRejectsWith(
        (rejection) => rejection.code === 'consent-from-wrong-person' && rejection.message.includes('must come from the young person'),
        'consent-from-wrong-person saying consent must come from the young person',
      );
  });

  it('refuses consent from a Year 12 young person recorded as lacking capacity', () => {
    specification
      .given(referredInYear12)
      .when(recordConsent({ givenBy: 'young-person', form: 'verbal', youngPersonLacksCapacity: true }))
      .thenRejects('consent-from-wrong-person');
  });

  it('takes consent for a Year 7 child from a parent or carer, not from the child', () => {
    const consent = recordConsent({ givenBy: 'parent-or-carer', form: 'verbal' });
    specification.given([recorded(refer())]).when(consent).then([recorded(consent)]);
    specification.given([recorded(refer())]).when(recordConsent({ givenBy: 'young-person', form: 'verbal' })).thenRejects('consent-from-wrong-person');
  });

  it('treats Year 11 as below compulsory school age', () => {
    specification
      .given([recorded(refer({ referral: { ...referral, yearGroup: 'Y11' } }))])
      .when(recordConsent({ givenBy: 'young-person', form: 'written' }))
      .thenRejects('consent-from-wrong-person');
  });
});

describe('withdrawing consent', () => {
  it.each([
    ['a discussion', discuss({ meeting: stafford(2), occurredOn: '2025-12-03' })],
    ['new actions', agreeActions({ meeting: stafford(1), actions: [{ ...earlyHelp, actionId: '0b6e1f2a-7c3d-4e5f-8a9b-1c2d3e4f5a99' }], occurredOn: '2025-12-03' })],
    [
      'a review',
      review({
        meeting: stafford(2),
        outcomes: [{ actionId: emotionalLiteracy.actionId, outcome: 'worked' }, { actionId: earlyHelp.actionId, outcome: 'worked' }],
        conclusion: 'needs-met',
      }),
    ],
    ['an escalation', escalate({ reason: 'The family asked for more help.' })],
  ])('stops the hub working on the case: %s is refused', (_what, command) => {
    specification.given(withdrawn).when(command).thenRejects('consent-required');
  });

  it('lets the case be closed because consent was withdrawn', () => {
    const closure = close({ reason: 'consent-withdrawn' });
    specification.given(withdrawn).when(closure).then([recorded(closure)]);
  });

  it('lets the work go on once consent is given again', () => {
    const consentAgain = recorded(recordConsent({ givenBy: 'parent-or-carer', form: 'verbal', occurredOn: '2025-11-27' }));
    const reviewAtAutumn2 = review({
      meeting: stafford(2),
      outcomes: [{ actionId: emotionalLiteracy.actionId, outcome: 'partly-worked' }, { actionId: earlyHelp.actionId, outcome: 'worked' }],
      conclusion: 'continue-with-new-actions',
    });
    specification.given([...withdrawn, consentAgain]).when(reviewAtAutumn2).then([recorded(reviewAtAutumn2)]);
  });

  it('refuses to withdraw consent twice', () => {
    specification.given(withdrawn).when(withdrawConsent({ withdrawnBy: 'parent-or-carer', occurredOn: '2025-11-21' })).thenRejects('consent-not-given');
  });

  it('does not need the same person to withdraw as gave consent', () => {
    const withdrawal = withdrawConsent({ withdrawnBy: 'young-person' });
    specification.given(actionsAgreed).when(withdrawal).then([recorded(withdrawal)]);
  });
});
