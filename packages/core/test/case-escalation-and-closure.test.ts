import { caseDecider, type CaseCommand, type CaseEvent } from '@send-hub/core';
import { deciderSpecification } from '@send-hub/testing';
import {
  actionsAgreed,
  agreeActions,
  close,
  closed,
  consented,
  discuss,
  discussed,
  escalate,
  recordConsent,
  recorded,
  referred,
  reviewedAs,
  speechTherapy,
  stafford,
  withdrawConsent,
} from './support/staffordshire-case';

const specification = deciderSpecification(caseDecider);
const reason = 'Exclusions continue despite two terms of support.';

describe('escalating to the Locality Management Group', () => {
  it('follows a review that concluded the strategies are not working', () => {
    const escalation = escalate({ reason });
    specification.given(reviewedAs('not-working')).when(escalation).then([recorded(escalation)]);
  });

  it.each([
    ['before any review', actionsAgreed],
    ['after a review that found the needs met', reviewedAs('needs-met')],
    ['after a review that continued with new actions', reviewedAs('continue-with-new-actions')],
  ])('is refused %s', (_when, history) => {
    specification.given(history).when(escalate({ reason })).thenRejects('escalation-without-failed-review');
  });

  it('is refused a second time, saying the case is already escalated', () => {
    const escalated = [...reviewedAs('not-working'), recorded(escalate({ reason }))];
    specification
      .given(escalated)
      .when(escalate({ reason, occurredOn: '2025-12-10' }))
      .thenRejectsWith((rejection) => rejection.code === 'escalation-without-failed-review' && rejection.message.includes('already been escalated'), 'a refusal saying it is already escalated');
  });

  it('closes the review meeting to new actions, saying the case was escalated there', () => {
    const escalated = [...reviewedAs('not-working'), recorded(escalate({ reason }))];
    specification
      .given(escalated)
      .when(agreeActions({ meeting: stafford(2), occurredOn: '2025-12-03', actions: [speechTherapy] }))
      .thenRejectsWith(
        (rejection) => rejection.code === 'actions-not-at-discussion-meeting' && rejection.message.includes('since it was last discussed or reviewed there it has been escalated to the Locality Management Group'),
        'a refusal saying the case was escalated, not naming the same meeting twice',
      );
  });

  it('is refused without current consent, even after "not working"', () => {
    specification.given([...reviewedAs('not-working'), recorded(withdrawConsent({ withdrawnBy: 'parent-or-carer', occurredOn: '2025-12-03' }))]).when(escalate({ reason })).thenRejects('consent-required');
  });

  it('lets the case close as passed to the Locality Management Group', () => {
    const closure = close({ reason: 'passed-to-locality-management-group' });
    specification.given([...reviewedAs('not-working'), recorded(escalate({ reason }))]).when(closure).then([recorded(closure)]);
  });
});

describe('closing a case', () => {
  it('as "needs met" after a review that found them met', () => {
    const closure = close({ reason: 'needs-met' });
    specification.given(reviewedAs('needs-met')).when(closure).then([recorded(closure)]);
  });

  it('as "needs met" is refused after a review that found them not working', () => {
    specification.given(reviewedAs('not-working')).when(close({ reason: 'needs-met' })).thenRejects('closure-needs-met-without-review');
  });

  it('for leaving the area is possible at any stage, even before consent', () => {
    const closure = close({ reason: 'left-the-area', occurredOn: '2025-09-16' });
    specification.given(referred).when(closure).then([recorded(closure)]);
  });

  const afterClosure: Array<[string, CaseCommand]> = [
    ['consent', recordConsent({ givenBy: 'parent-or-carer', form: 'written', occurredOn: '2025-10-01' })],
    ['a discussion', discuss({ meeting: stafford(2), occurredOn: '2025-12-03' })],
    ['actions', agreeActions({ meeting: stafford(1), actions: [speechTherapy], occurredOn: '2025-10-08' })],
    ['an escalation', escalate({ reason })],
    ['another closure', close({ reason: 'other' })],
  ];
  it.each(afterClosure)('refuses %s once the case is closed', (_what, command) => {
    specification.given(closed).when(command).thenRejects('case-closed');
  });
});

describe('business dates', () => {
  it('never go back before the previous event, and the refusal gives both dates', () => {
    specification
      .given(discussed)
      .when(agreeActions({ meeting: stafford(1), actions: [speechTherapy], occurredOn: '2025-10-07' }))
      .thenRejectsWith(
        (rejection) => rejection.code === 'date-before-previous-event' && rejection.message.includes('7 October 2025') && rejection.message.includes('8 October 2025'),
        'a refusal giving both dates',
      );
  });

  it('may repeat the previous event’s date', () => {
    const sameDay = agreeActions({ meeting: stafford(1), actions: [speechTherapy], occurredOn: '2025-10-08' });
    specification.given(discussed).when(sameDay).then([recorded(sameDay)]);
  });

  it('are checked against the latest date, not the last event’s: a history out of date order does not lower the bar', () => {
    // A foreign history whose last event is dated earlier than the one before it.
    const outOfOrder: CaseEvent[] = [...consented, recorded(withdrawConsent({ withdrawnBy: 'parent-or-carer', occurredOn: '2025-10-20' })), recorded(recordConsent({ givenBy: 'parent-or-carer', form: 'verbal', occurredOn: '2025-10-01' }))];
    specification.given(outOfOrder).when(discuss({ meeting: stafford(1), occurredOn: '2025-10-10' })).thenRejects('date-before-previous-event');
  });
});
