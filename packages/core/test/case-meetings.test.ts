import { caseDecider, type CaseEvent } from '@send-hub/core';
import { deciderSpecification } from '@send-hub/testing';
import {
  actionsAgreed,
  agreeActions,
  consented,
  discuss,
  discussed,
  earlyHelp,
  emotionalLiteracy,
  recorded,
  review,
  reviewedAs,
  speechTherapy,
  stafford,
  tamworth,
} from './support/staffordshire-case';

const specification = deciderSpecification(caseDecider);

const bothWorked = [
  { actionId: emotionalLiteracy.actionId, outcome: 'worked' as const },
  { actionId: earlyHelp.actionId, outcome: 'worked' as const },
];

describe('the first discussion', () => {
  it('happens at a meeting of the case’s own district hub', () => {
    const atStafford = discuss({ meeting: stafford(1) });
    specification.given(consented).when(atStafford).then([recorded(atStafford)]);
  });

  it('is refused at another district’s hub, naming both districts', () => {
    specification
      .given(consented)
      .when(discuss({ meeting: tamworth(1) }))
      .thenRejectsWith((rejection) => rejection.code === 'meeting-in-another-district' && /the Stafford hub, not the Tamworth hub/.test(rejection.message), 'a refusal naming Stafford and Tamworth');
  });

  it('may wait for a later half term than the referral', () => {
    const atAutumn2 = discuss({ meeting: stafford(2), occurredOn: '2025-12-03' });
    specification.given(consented).when(atAutumn2).then([recorded(atAutumn2)]);
  });
});

describe('agreeing actions', () => {
  it('is refused at a meeting other than the one that discussed the case', () => {
    specification.given(discussed).when(agreeActions({ meeting: stafford(2), actions: [speechTherapy], occurredOn: '2025-12-03' })).thenRejects('actions-not-at-discussion-meeting');
  });

  it('may add an action in a second command at the same meeting', () => {
    const more = agreeActions({ meeting: stafford(1), actions: [speechTherapy] });
    specification.given(actionsAgreed).when(more).then([recorded(more)]);
  });

  it('agrees new actions at the meeting that reviewed the old ones', () => {
    const newCycle = agreeActions({ meeting: stafford(2), actions: [speechTherapy], occurredOn: '2025-12-03' });
    specification.given(reviewedAs('continue-with-new-actions')).when(newCycle).then([recorded(newCycle)]);
  });

  it('refuses an action id used twice in one agreement', () => {
    specification.given(discussed).when(agreeActions({ meeting: stafford(1), actions: [speechTherapy, speechTherapy] })).thenRejects('actions-invalid');
  });

  it('refuses the id of an action agreed earlier in the case, even once it was reviewed', () => {
    specification
      .given(reviewedAs('continue-with-new-actions'))
      .when(agreeActions({ meeting: stafford(2), actions: [{ ...speechTherapy, actionId: emotionalLiteracy.actionId }], occurredOn: '2025-12-03' }))
      .thenRejects('actions-invalid');
  });
});

describe('reviewing actions', () => {
  it('happens at the next meeting, with one outcome per outstanding action', () => {
    const atAutumn2 = review({ meeting: stafford(2), outcomes: bothWorked, conclusion: 'needs-met' });
    specification.given(actionsAgreed).when(atAutumn2).then([recorded(atAutumn2)]);
  });

  it('is refused at the meeting that agreed the actions', () => {
    specification.given(actionsAgreed).when(review({ meeting: stafford(1), outcomes: bothWorked, conclusion: 'needs-met', occurredOn: '2025-10-08' })).thenRejects('review-not-after-agreement');
  });

  it('is refused at an earlier meeting', () => {
    specification.given(actionsAgreed).when(review({ meeting: stafford(6, '2024/25'), outcomes: bothWorked, conclusion: 'needs-met' })).thenRejects('review-not-after-agreement');
  });

  it('is refused at another district’s meeting', () => {
    specification.given(actionsAgreed).when(review({ meeting: tamworth(2), outcomes: bothWorked, conclusion: 'needs-met' })).thenRejects('meeting-in-another-district');
  });

  it('is refused when an outstanding action has no outcome, naming the action', () => {
    specification
      .given(actionsAgreed)
      .when(review({ meeting: stafford(2), outcomes: [{ actionId: emotionalLiteracy.actionId, outcome: 'worked' }], conclusion: 'needs-met' }))
      .thenRejectsWith((rejection) => rejection.code === 'review-outcomes-mismatch' && rejection.message.includes(earlyHelp.actionId), 'a refusal naming the action without an outcome');
  });

  it('is refused with an outcome for an action that is not outstanding', () => {
    specification
      .given(actionsAgreed)
      .when(review({ meeting: stafford(2), outcomes: [...bothWorked, { actionId: speechTherapy.actionId, outcome: 'worked' }], conclusion: 'needs-met' }))
      .thenRejects('review-outcomes-mismatch');
  });

  it('is refused with two outcomes for one action', () => {
    specification
      .given(actionsAgreed)
      .when(review({ meeting: stafford(2), outcomes: [...bothWorked, { actionId: earlyHelp.actionId, outcome: 'not-done' }], conclusion: 'needs-met' }))
      .thenRejects('review-outcomes-mismatch');
  });

  it('is refused a second time at the same meeting: nothing is outstanding', () => {
    specification.given(reviewedAs('not-working')).when(review({ meeting: stafford(2), outcomes: bothWorked, conclusion: 'not-working' })).thenRejects('no-actions-to-review');
  });

  it('crosses the academic year: actions agreed in Summer 2 2025/26 are reviewed in Autumn 1 2026/27', () => {
    const summer2 = stafford(6);
    const history: CaseEvent[] = [
      ...consented,
      recorded(discuss({ meeting: summer2, occurredOn: '2026-06-17' })),
      recorded(agreeActions({ meeting: summer2, actions: [speechTherapy], occurredOn: '2026-06-17' })),
    ];
    const autumn1Next = review({ meeting: stafford(1, '2026/27'), outcomes: [{ actionId: speechTherapy.actionId, outcome: 'partly-worked' }], conclusion: 'continue-with-new-actions', occurredOn: '2026-09-30' });
    specification.given(history).when(autumn1Next).then([recorded(autumn1Next)]);
  });
});
