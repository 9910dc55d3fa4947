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
  parentalConsent,
  recordConsent,
  recorded,
  refer,
  referral,
  referred,
  referredWithoutConsent,
  review,
  stafford,
  withdrawConsent,
  withdrawn,
} from './support/staffordshire-case';

const specification = deciderSpecification(caseDecider);

const year12Referral = { ...referral, yearGroup: 'Y12' as const, personal: { ...referral.personal, dateOfBirth: '2009-05-02' } };
const youngPersonsConsent = { givenBy: 'young-person' as const, form: 'verbal' as const, givenOn: '2025-09-12' };

/** A Year 12 student at a sixth form, past compulsory school age, who consented to the referral themselves. */
const referredInYear12: CaseEvent[] = [recorded(refer({ referral: year12Referral, consent: youngPersonsConsent }))];
/** Oliver's old history: referred before consent came with the referral. */
const year12WithoutConsent: CaseEvent[] = [{ ...recorded(refer({ referral: year12Referral, consent: youngPersonsConsent })), consent: 'not-recorded-at-referral' }];

describe('consent with the referral', () => {
  it('records the consent with the referral, so the case is consented from its first event', () => {
    const referral = refer();
    specification.given([]).when(referral).then([recorded(referral)]);
    specification.given([recorded(referral)]).when(discuss({ meeting: stafford(1) })).then([recorded(discuss({ meeting: stafford(1) }))]);
  });

  it('accepts consent given on the day of the referral', () => {
    const sameDay = refer({ consent: { ...parentalConsent, givenOn: '2025-09-15' } });
    specification.given([]).when(sameDay).then([recorded(sameDay)]);
  });

  it('refuses a referral whose consent is dated after it, giving both dates', () => {
    specification
      .given([])
      .when(refer({ consent: { ...parentalConsent, givenOn: '2025-09-16' } }))
      .thenRejectsWith(
        (rejection) => rejection.code === 'consent-after-referral' && rejection.message.includes('16 September 2025') && rejection.message.includes('15 September 2025'),
        'consent-after-referral naming the consent date and the referral date',
      );
  });

  it('lets a Year 12 young person consent to their own referral, and refuses a parent for them', () => {
    specification.given([]).when(refer({ referral: year12Referral, consent: youngPersonsConsent })).then(referredInYear12);
    specification.given([]).when(refer({ referral: year12Referral, consent: { ...youngPersonsConsent, givenBy: 'parent-or-carer' } })).thenRejects('consent-from-wrong-person');
  });

  it('takes a parent’s consent to the referral of a Year 12 young person who lacks capacity', () => {
    const referral = refer({ referral: year12Referral, consent: { ...parentalConsent, youngPersonLacksCapacity: true } });
    specification.given([]).when(referral).then([recorded(referral)]);
  });
});

describe('who consents', () => {
  it('lets a young person in Year 12 consent for themselves', () => {
    const consent = recordConsent({ givenBy: 'young-person', form: 'verbal' });
    specification.given(year12WithoutConsent).when(consent).then([{ ...recorded(consent), youngPersonLacksCapacity: false }]);
  });

  it('takes consent from a parent or carer when a Year 12 young person lacks capacity to decide', () => {
    const consent = recordConsent({ givenBy: 'parent-or-carer', form: 'written', youngPersonLacksCapacity: true });
    specification.given(year12WithoutConsent).when(consent).then([recorded(consent)]);
  });

  it('refuses consent from a parent for a Year 12 young person who has capacity, saying who must consent', () => {
    specification
      .given(year12WithoutConsent)
      .when(recordConsent({ givenBy: 'parent-or-carer', form: 'written' }))
      .thenRejectsWith(
        (rejection) => rejection.code === 'consent-from-wrong-person' && rejection.message.includes('must come from the young person') && rejection.message.includes('Year 12'),
        'consent-from-wrong-person saying consent must come from the young person in Year 12',
      );
  });

  it('refuses consent from a Year 12 young person recorded as lacking capacity', () => {
    specification
      .given(year12WithoutConsent)
      .when(recordConsent({ givenBy: 'young-person', form: 'verbal', youngPersonLacksCapacity: true }))
      .thenRejects('consent-from-wrong-person');
  });

  it('takes consent for a Year 7 child from a parent or carer, not from the child', () => {
    const consent = recordConsent({ givenBy: 'parent-or-carer', form: 'verbal' });
    specification.given(referredWithoutConsent).when(consent).then([recorded(consent)]);
    specification.given(referredWithoutConsent).when(recordConsent({ givenBy: 'young-person', form: 'verbal' })).thenRejects('consent-from-wrong-person');
  });

  it('treats Year 11 as below compulsory school age before the last Friday of June', () => {
    specification
      .given([recorded(refer({ referral: { ...referral, yearGroup: 'Y11' } }))])
      .when(withdrawConsent({ withdrawnBy: 'parent-or-carer', occurredOn: '2026-06-01' }))
      .then([recorded(withdrawConsent({ withdrawnBy: 'parent-or-carer', occurredOn: '2026-06-01' }))]);
    const withdrawnInYear11 = [
      recorded(refer({ referral: { ...referral, yearGroup: 'Y11' } })),
      recorded(withdrawConsent({ withdrawnBy: 'parent-or-carer', occurredOn: '2026-06-01' })),
    ];
    // The last Friday of June 2026 is 26 June: the day before, the parent still consents.
    specification.given(withdrawnInYear11).when(recordConsent({ givenBy: 'young-person', form: 'written', occurredOn: '2026-06-25' })).thenRejects('consent-from-wrong-person');
    const parentAgain = recordConsent({ givenBy: 'parent-or-carer', form: 'written', occurredOn: '2026-06-25' });
    specification.given(withdrawnInYear11).when(parentAgain).then([recorded(parentAgain)]);
  });

  it('lets a Year 11 young person consent for themselves from the last Friday of June', () => {
    const withdrawnInYear11 = [
      recorded(refer({ referral: { ...referral, yearGroup: 'Y11' } })),
      recorded(withdrawConsent({ withdrawnBy: 'parent-or-carer', occurredOn: '2026-06-01' })),
    ];
    const ownConsent = recordConsent({ givenBy: 'young-person', form: 'verbal', occurredOn: '2026-06-26' });
    specification.given(withdrawnInYear11).when(ownConsent).then([recorded(ownConsent)]);
    specification.given(withdrawnInYear11).when(recordConsent({ givenBy: 'parent-or-carer', form: 'written', occurredOn: '2026-06-26' })).thenRejects('consent-from-wrong-person');
  });

  it('judges a child referred in Year 10 by the year group they are in on the consent’s date: Year 11 a year later', () => {
    const inYear10 = [recorded(refer({ referral: { ...referral, yearGroup: 'Y10' } }))];
    // A young person takes over their own consent at the end of Year 11 (the last Friday of June 2027 is 25 June).
    const tooEarly = recordConsent({ givenBy: 'young-person', form: 'written', occurredOn: '2026-06-26' });
    specification
      .given(inYear10)
      .when(tooEarly)
      .thenRejectsWith((rejection) => rejection.message.includes('Year 10'), 'a refusal naming Year 10, the year group on that date');
    const takingOver = recordConsent({ givenBy: 'young-person', form: 'written', occurredOn: '2027-06-25' });
    specification.given(inYear10).when(takingOver).then([recorded(takingOver)]);
    specification
      .given(inYear10)
      .when(recordConsent({ givenBy: 'young-person', form: 'written', occurredOn: '2027-06-24' }))
      .thenRejectsWith((rejection) => rejection.code === 'consent-from-wrong-person' && rejection.message.includes('Year 11'), 'a refusal naming Year 11');
  });

  it('refuses consent given again by the person whose consent is current, and lets the young person take over', () => {
    specification
      .given(referred)
      .when(recordConsent({ givenBy: 'parent-or-carer', form: 'verbal', occurredOn: '2025-10-01' }))
      .thenRejectsWith(
        (rejection) => rejection.code === 'consent-already-given' && rejection.message.includes('a parent or carer'),
        'consent-already-given naming who gave it',
      );
    const inYear11 = [recorded(refer({ referral: { ...referral, yearGroup: 'Y11' } }))];
    const takingOver = recordConsent({ givenBy: 'young-person', form: 'written', occurredOn: '2026-07-01' });
    specification.given(inYear11).when(takingOver).then([recorded(takingOver)]);
    specification
      .given([...inYear11, recorded(takingOver)])
      .when(recordConsent({ givenBy: 'young-person', form: 'written', occurredOn: '2026-07-02' }))
      .thenRejects('consent-already-given');
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
