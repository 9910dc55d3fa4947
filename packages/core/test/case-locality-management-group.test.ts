import {
  caseDecider,
  caseRules,
  checkAtHeldLMGMeeting,
  recordedLMGMeetingOf,
  describeCaseEvent,
  evolveCase,
  fold,
  lmgOutcomes,
  staffordshireConfiguration,
  type CaseEvent,
  type CaseRejectionCode,
  type RecordedMeeting,
} from '@send-hub/core';
import { deciderSpecification } from '@send-hub/testing';
import { either as E } from 'fp-ts';
import {
  agreeActions,
  caseId,
  close,
  consented,
  discuss,
  discussAtLMG,
  escalatedCase,
  recorded,
  review,
  speechTherapy,
  stafford,
  staffordGroup,
  withdrawConsent,
} from './support/staffordshire-case';

const specification = deciderSpecification(caseDecider);
const reason = 'Two terms of strategies have not reduced the exclusions.';
const recommendations = ['Ask the educational psychologist to observe in class.', 'Try a reduced timetable for four weeks.'];
const backToHub = discussAtLMG({ meeting: staffordGroup(3), outcome: 'back-to-hub', reason, recommendations });
const sentBack: CaseEvent[] = [...escalatedCase, recorded(backToHub)];

type CaseRule = CaseRejectionCode;
const groupRules: ReadonlyArray<CaseRule> = ['not-waiting-on-lmg', 'lmg-meeting-in-another-district', 'lmg-recommendations-missing'];

describe('the Locality Management Group’s discussion of a case', () => {
  it('is recorded for a case escalated and waiting on the group, with its outcome, reason and recommendations', () => {
    specification.given(escalatedCase).when(backToHub).then([recorded(backToHub)]);
  });

  it.each(lmgOutcomes.codes.filter((outcome) => outcome !== 'back-to-hub'))('records the outcome "%s" without recommendations', (outcome) => {
    const discussion = discussAtLMG({ meeting: staffordGroup(3), outcome, reason, recommendations: [] });
    specification.given(escalatedCase).when(discussion).then([recorded(discussion)]);
  });

  it.each([
    ['a case not escalated', consented],
    ['a case the group has already sent back', sentBack],
  ])('is refused for %s', (_what, history) => {
    specification.given(history).when({ ...backToHub, occurredOn: '2026-02-11' }).thenRejects('not-waiting-on-lmg');
  });

  it('is refused at another district’s group, naming both districts in words', () => {
    specification
      .given(escalatedCase)
      .when({ ...backToHub, meeting: { ...staffordGroup(3), district: 'tamworth' } })
      .thenRejectsWith(
        (rejection) => rejection.code === 'lmg-meeting-in-another-district' && rejection.message.startsWith('The case belongs to the Stafford hub, not the Tamworth hub.'),
        'a refusal naming Stafford and Tamworth',
      );
  });

  it('sends a case back to the hub only with a recommendation', () => {
    specification.given(escalatedCase).when({ ...backToHub, recommendations: [] }).thenRejects('lmg-recommendations-missing');
  });

  it('is refused without current consent, and when dated before the escalation', () => {
    specification.given([...escalatedCase, recorded(withdrawConsent({ withdrawnBy: 'parent-or-carer', occurredOn: '2025-12-10' }))]).when(backToHub).thenRejects('consent-required');
    specification.given(escalatedCase).when({ ...backToHub, occurredOn: '2025-12-01' }).thenRejects('date-before-previous-event');
  });

  it('keeps the case waiting on the group when the outcome is to discuss it again', () => {
    const again = discussAtLMG({ meeting: staffordGroup(3), outcome: 'discuss-again', reason, recommendations: [] });
    specification.given([...escalatedCase, recorded(again)]).when({ ...backToHub, meeting: staffordGroup(4), occurredOn: '2026-03-04' }).then([recorded({ ...backToHub, meeting: staffordGroup(4), occurredOn: '2026-03-04' })]);
  });

  it('closes the case when the outcome ends the hub’s work', () => {
    const assessment = discussAtLMG({ meeting: staffordGroup(3), outcome: 'needs-assessment-requested', reason, recommendations: [] });
    const state = fold(evolveCase, caseDecider.initialState, [...escalatedCase, recorded(assessment)]);
    expect(state).toMatchObject({ status: 'closed', closureReason: 'passed-to-locality-management-group' });
    specification.given([...escalatedCase, recorded(assessment)]).when(close({ reason: 'other', occurredOn: '2026-02-01' })).thenRejects('case-closed');
  });

  it('reads in the timeline in plain words, with the outcome, reason and recommendations', () => {
    expect(describeCaseEvent(recorded(backToHub), staffordshireConfiguration)).toBe(
      'Discussed at the Stafford Locality Management Group meeting of Spring 1 2025/26; outcome: back to the hub with the group’s recommendations, for new actions, ' +
        'because two terms of strategies have not reduced the exclusions. Recommendations: Ask the educational psychologist to observe in class; Try a reduced timetable for four weeks. ' +
        'The case goes back to the hub for new actions.',
    );
  });
});

describe('a case the group sends back to the hub', () => {
  const spring2 = stafford(4);
  const discussedAgain: CaseEvent[] = [...sentBack, recorded(discuss({ meeting: spring2, occurredOn: '2026-03-04' }))];

  it('is discussed again at a hub meeting, where new actions are agreed', () => {
    const rediscussion = discuss({ meeting: spring2, occurredOn: '2026-03-04' });
    specification.given(sentBack).when(rediscussion).then([recorded(rediscussion)]);
    const actions = agreeActions({ meeting: spring2, occurredOn: '2026-03-04', actions: [speechTherapy] });
    specification.given(discussedAgain).when(actions).then([recorded(actions)]);
  });

  it('gets no new actions before the hub has discussed it again', () => {
    specification.given(sentBack).when(agreeActions({ meeting: stafford(2), occurredOn: '2026-03-04', actions: [speechTherapy] })).thenRejects('actions-not-at-discussion-meeting');
  });

  it('has its new actions reviewed as usual, and may be escalated again', () => {
    const withActions = [...discussedAgain, recorded(agreeActions({ meeting: spring2, occurredOn: '2026-03-04', actions: [speechTherapy] }))];
    const reviewAgain = review({ meeting: stafford(5), occurredOn: '2026-04-22', outcomes: [{ actionId: speechTherapy.actionId, outcome: 'did-not-work' }], conclusion: 'not-working' });
    specification.given(withActions).when(reviewAgain).then([recorded(reviewAgain)]);
    specification.given(withActions).when({ ...reviewAgain, meeting: spring2 }).thenRejects('review-not-after-agreement');
  });

  it('is not discussed a third time once the hub has discussed it again', () => {
    specification.given(discussedAgain).when(discuss({ meeting: stafford(5), occurredOn: '2026-04-22' })).thenRejects('already-discussed');
  });
});

describe('the rule the group meeting’s own stream answers, as the case decider is told it', () => {
  const meeting = staffordGroup(3);
  const held: RecordedMeeting = { status: 'held', heldOn: '2026-01-21' };

  it('lets through a discussion dated on the day a held meeting was held, and one told nothing of its meeting', () => {
    expect(checkAtHeldLMGMeeting(staffordshireConfiguration, caseId, meeting, '2026-01-21', held)).toEqual(E.right(undefined));
    expect(checkAtHeldLMGMeeting(staffordshireConfiguration, caseId, meeting, '2026-01-22', undefined)).toEqual(E.right(undefined));
  });

  it.each([
    ['not recorded', { status: 'not-recorded' } as RecordedMeeting, 'has not been recorded as held'],
    ['cancelled', { status: 'cancelled', cancelledOn: '2026-01-14' } as RecordedMeeting, 'was cancelled'],
  ])('refuses a meeting %s', (_what, recorded, words) => {
    const refusal = checkAtHeldLMGMeeting(staffordshireConfiguration, caseId, meeting, '2026-01-21', recorded);
    expect(refusal).toEqual(E.left(expect.objectContaining({ code: 'lmg-meeting-not-held', message: expect.stringContaining(`The Stafford Locality Management Group meeting of Spring 1 2025/26 ${words}`) })));
  });

  it('refuses a discussion dated on another day, giving both dates', () => {
    const refusal = checkAtHeldLMGMeeting(staffordshireConfiguration, caseId, meeting, '2026-01-22', held);
    expect(refusal).toEqual(E.left(expect.objectContaining({ code: 'lmg-discussion-not-on-meeting-date', message: expect.stringMatching(/22 January 2026.*21 January 2026/) })));
  });

  it('reads what a group meeting’s state tells a discussion of that meeting, and nothing from another meeting’s', () => {
    expect(recordedLMGMeetingOf({ status: 'held', meeting, on: '2026-01-21', themes: [] }, meeting)).toEqual(held);
    expect(recordedLMGMeetingOf({ status: 'cancelled', meeting, on: '2026-01-14' }, meeting)).toEqual({ status: 'cancelled', cancelledOn: '2026-01-14' });
    expect(recordedLMGMeetingOf({ status: 'held', meeting: staffordGroup(4), on: '2026-02-25', themes: [] }, meeting)).toEqual({ status: 'not-recorded' });
    expect(recordedLMGMeetingOf({ status: 'not-recorded' }, meeting)).toEqual({ status: 'not-recorded' });
  });

  it('names the rules it answers, each a case rule with its plain words', () => {
    for (const code of ['lmg-meeting-not-held', 'lmg-discussion-not-on-meeting-date', ...groupRules] as const) expect(caseRules[code]).toMatch(/Locality Management Group|group’s/);
  });
});
