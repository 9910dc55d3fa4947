import { caseDecider, describeCaseEvent, evolveCase, fold, type CaseEvent, type ReferredCase } from '@send-hub/core';
import { deciderSpecification } from '@send-hub/testing';
import {
  actionsAgreed,
  agreeActions,
  closed,
  consented,
  discuss,
  discussAtLMG,
  discussed,
  earlyHelp,
  emotionalLiteracy,
  escalate,
  escalatedCase,
  otherStaffordSchool,
  recordConsent,
  recorded,
  recordMove,
  referral,
  reviewedAs,
  review,
  speechTherapy,
  stafford,
  staffordGroup,
  tamworth,
  tamworthSchool,
  withdrawConsent,
} from './support/staffordshire-case';

const specification = deciderSpecification(caseDecider);
const toTamworth = recordMove({ school: tamworthSchool, district: 'tamworth' });
const movedToTamworth = (history: ReadonlyArray<CaseEvent>, occurredOn = '2026-01-05'): CaseEvent[] => [...history, recorded({ ...toTamworth, occurredOn })];
const stateAfter = (history: ReadonlyArray<CaseEvent>): ReferredCase => fold(evolveCase, caseDecider.initialState, history) as ReferredCase;
const tamworthGroup = { ...staffordGroup(3), district: 'tamworth' };
const bothReviewed = [
  { actionId: emotionalLiteracy.actionId, outcome: 'worked' as const },
  { actionId: earlyHelp.actionId, outcome: 'partly-worked' as const },
];

describe('recording a move', () => {
  it('records a move of school within the district, from the school and district the case has now', () => {
    const move = recordMove({ school: otherStaffordSchool });
    specification
      .given(consented)
      .when(move)
      .then([{ type: 'ChildMoved', caseId: move.caseId, occurredOn: '2026-01-05', from: { school: referral.school, district: 'stafford' }, to: { school: otherStaffordSchool, district: 'stafford' }, yearGroup: 'Y7' }]);
  });

  it('records a move to another district, and a move of district while the child stays at the same school', () => {
    specification.given(consented).when(toTamworth).then([recorded(toTamworth)]);
    const sameSchool = recordMove({ school: referral.school, district: 'tamworth' });
    specification.given(consented).when(sameSchool).then([recorded(sameSchool)]);
  });

  it('records the year group the child joins when it is given, and counts the year group on from the last move', () => {
    const movedBack = recordMove({ school: otherStaffordSchool, yearGroup: 'Y6' });
    specification.given(consented).when(movedBack).then([recorded(movedBack)]);
    const after = stateAfter([...consented, recorded(movedBack)]);
    expect([after.yearGroup, after.yearGroupRecordedOn]).toEqual(['Y6', '2026-01-05']);
    const second = recordMove({ school: referral.school, occurredOn: '2026-09-07' });
    specification
      .given([...consented, recorded(movedBack)])
      .when(second)
      .then([{ type: 'ChildMoved', caseId: second.caseId, occurredOn: '2026-09-07', from: { school: otherStaffordSchool, district: 'stafford' }, to: { school: referral.school, district: 'stafford' }, yearGroup: 'Y7' }]);
  });

  it.each([
    ['the same school and no district', recordMove({ school: referral.school })],
    ['the same school in the district the case is in', recordMove({ school: referral.school, district: 'stafford' })],
    ['the same school and district after an earlier move', recordMove({ school: tamworthSchool, district: 'tamworth', occurredOn: '2026-02-02' })],
  ])('is refused to %s, naming the school and the district in words', (_what, move) => {
    const history = move.occurredOn === '2026-02-02' ? movedToTamworth(consented) : consented;
    specification
      .given(history)
      .when(move)
      .thenRejectsWith((rejection) => rejection.code === 'move-to-same-school-and-district' && /already attends school \d{6} in (Stafford|Tamworth)\./.test(rejection.message), 'a refusal naming the school and district');
  });

  it('is refused for a case not referred, a closed case, an unknown district, a date before the last event and without consent', () => {
    specification.given([]).when(toTamworth).thenRejects('case-not-found');
    specification.given(closed).when(toTamworth).thenRejects('case-closed');
    specification.given(consented).when(recordMove({ school: tamworthSchool, district: 'stoke-on-trent' })).thenRejects('district-unknown');
    specification.given(discussed).when({ ...toTamworth, occurredOn: '2025-10-07' }).thenRejects('date-before-previous-event');
    specification.given([...discussed, recorded(withdrawConsent({ withdrawnBy: 'parent-or-carer', occurredOn: '2025-10-20' }))]).when(toTamworth).thenRejects('consent-required');
  });

  it('names the districts and the hub that takes the case in words', () => {
    const [moved] = movedToTamworth([]).slice(-1);
    expect(describeCaseEvent(moved!)).toBe('Moved from Stafford to Tamworth, from school 124356 to school 137420 (Year 7); the Tamworth hub takes the case with its whole history.');
    const withinStafford = recorded(recordMove({ school: otherStaffordSchool }));
    expect(describeCaseEvent(withinStafford)).toBe('Moved from school 124356 to school 124399, both in Stafford (Year 7); the Stafford hub keeps the case.');
  });
});

describe('a case after a move to another district', () => {
  it('belongs to the new district’s hub meetings, not the old one’s', () => {
    const moved = movedToTamworth(consented, '2025-09-30');
    specification.given(moved).when(discuss({ meeting: tamworth(1) })).then([recorded(discuss({ meeting: tamworth(1) }))]);
    specification
      .given(moved)
      .when(discuss({ meeting: stafford(1) }))
      .thenRejectsWith((rejection) => rejection.code === 'meeting-in-another-district' && rejection.message.includes('the Tamworth hub, not the Stafford hub'), 'a refusal naming the Tamworth hub');
  });

  it('is discussed afresh by the new hub when it moved after a discussion with nothing agreed, and then given actions there', () => {
    const moved = movedToTamworth(discussed, '2025-10-20');
    specification.given(moved).when(discuss({ meeting: tamworth(2), occurredOn: '2025-12-03' })).then([recorded(discuss({ meeting: tamworth(2), occurredOn: '2025-12-03' }))]);
    specification.given(moved).when(agreeActions({ meeting: stafford(1), actions: [speechTherapy], occurredOn: '2025-10-20' })).thenRejects('meeting-in-another-district');
    const rediscussed = [...moved, recorded(discuss({ meeting: tamworth(2), occurredOn: '2025-12-03' }))];
    const actions = agreeActions({ meeting: tamworth(2), actions: [speechTherapy], occurredOn: '2025-12-03' });
    specification.given(rediscussed).when(actions).then([recorded(actions)]);
    specification.given(rediscussed).when(discuss({ meeting: tamworth(3), occurredOn: '2026-01-21' })).thenRejects('already-discussed');
  });

  it('keeps its outstanding actions, which the new hub reviews at its next meeting rather than discussing the case afresh', () => {
    const moved = movedToTamworth(actionsAgreed, '2025-11-03');
    expect(stateAfter(moved).outstandingActions).toEqual([emotionalLiteracy, earlyHelp]);
    const atTamworth = review({ meeting: tamworth(2), outcomes: bothReviewed, conclusion: 'needs-met' });
    specification.given(moved).when(atTamworth).then([recorded(atTamworth)]);
    specification.given(moved).when(review({ meeting: stafford(2), outcomes: bothReviewed, conclusion: 'needs-met' })).thenRejects('meeting-in-another-district');
    specification
      .given(moved)
      .when(discuss({ meeting: tamworth(2), occurredOn: '2025-12-03' }))
      .thenRejectsWith((rejection) => rejection.code === 'already-discussed' && rejection.message.includes('its new hub reviews them'), 'a refusal saying the new hub reviews the actions');
  });

  it('goes to the new district’s Locality Management Group when escalated after the move', () => {
    const moved = movedToTamworth(reviewedAs('not-working'), '2025-12-10');
    const escalation = escalate({ reason: 'Exclusions continue despite two terms of support.', occurredOn: '2025-12-11' });
    specification.given(moved).when(escalation).then([recorded(escalation)]);
    const atTamworthGroup = discussAtLMG({ meeting: tamworthGroup, outcome: 'closed', reason: 'The new school’s offer meets the needs.', recommendations: [] });
    specification.given([...moved, recorded(escalation)]).when(atTamworthGroup).then([recorded(atTamworthGroup)]);
  });

  it('moves while escalated: the new district’s group takes it up, the old district’s group may not', () => {
    const moved = movedToTamworth(escalatedCase, '2025-12-10');
    expect(stateAfter(moved).stage).toBe('escalated');
    const atTamworthGroup = discussAtLMG({ meeting: tamworthGroup, outcome: 'closed', reason: 'The new school’s offer meets the needs.', recommendations: [] });
    specification.given(moved).when(atTamworthGroup).then([recorded(atTamworthGroup)]);
    specification
      .given(moved)
      .when({ ...atTamworthGroup, meeting: staffordGroup(3) })
      .thenRejectsWith((rejection) => rejection.code === 'lmg-meeting-in-another-district' && rejection.message.includes('the Tamworth hub, not the Stafford hub'), 'a refusal naming Tamworth');
    specification.given(moved).when(discuss({ meeting: tamworth(3), occurredOn: '2026-01-21' })).thenRejects('already-discussed');
  });

  it('is discussed by the new hub after a move that followed a review, which may still escalate it or close it as needs met', () => {
    const moved = movedToTamworth(reviewedAs('continue-with-new-actions'), '2025-12-10');
    specification.given(moved).when(discuss({ meeting: tamworth(3), occurredOn: '2026-01-21' })).then([recorded(discuss({ meeting: tamworth(3), occurredOn: '2026-01-21' }))]);
    specification.given(movedToTamworth(reviewedAs('needs-met'), '2025-12-10')).when({ type: 'Close', caseId: moved[0]!.caseId, occurredOn: '2026-01-12', reason: 'needs-met' }).then([
      { type: 'CaseClosed', caseId: moved[0]!.caseId, occurredOn: '2026-01-12', reason: 'needs-met' },
    ]);
  });

  it('judges who consents with the year group the move recorded', () => {
    const placedInYear12 = recordMove({ school: otherStaffordSchool, yearGroup: 'Y12', occurredOn: '2025-10-20' });
    const withdrawnAfter = [...consented, recorded(placedInYear12), recorded(withdrawConsent({ withdrawnBy: 'parent-or-carer', occurredOn: '2025-10-21' }))];
    specification.given(withdrawnAfter).when(recordConsent({ givenBy: 'parent-or-carer', form: 'written', occurredOn: '2025-10-22' })).thenRejects('consent-from-wrong-person');
    const own = recordConsent({ givenBy: 'young-person', form: 'written', occurredOn: '2025-10-22' });
    specification.given(withdrawnAfter).when(own).then([recorded(own)]);
  });

  it('keeps a move within the district at the same hub: no fresh discussion', () => {
    const moved = [...discussed, recorded(recordMove({ school: otherStaffordSchool, occurredOn: '2025-10-08' }))];
    const actions = agreeActions({ meeting: stafford(1), actions: [speechTherapy] });
    specification.given(moved).when(actions).then([recorded(actions)]);
    specification.given(moved).when(discuss({ meeting: stafford(2), occurredOn: '2025-12-03' })).thenRejects('already-discussed');
  });
});
