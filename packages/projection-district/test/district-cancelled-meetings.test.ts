import type { CaseEvent, MeetingEvent } from '@send-hub/core';
import { actionId, caseId, cancelledMeetingHistory as history, lichfield } from '../../projections/test/support/cancelled-meeting-history';
import type { HubEnvelope } from '@send-hub/hub';
import { agendaFor, applyDistrictEvent, emptyDistrictModel, isReviewOverdue, overdueActions, reviewDueTermAt, type DistrictModel } from '../src';

const modelOf = (events: ReadonlyArray<CaseEvent | MeetingEvent>): DistrictModel =>
  events.reduce((model, event) => applyDistrictEvent(model, { event } as HubEnvelope), emptyDistrictModel());

describe('a review due at a cancelled meeting', () => {
  const model = modelOf(history);

  it('is due at the next meeting held instead, and not late there', () => {
    expect(reviewDueTermAt(model, lichfield(1))).toBe(reviewDueTermAt(modelOf(history.slice(0, -1)), lichfield(2)));
    expect(isReviewOverdue(model, lichfield(1), lichfield(3))).toBe(false);
    const review = agendaFor(model, lichfield(3)).reviewsDue[0];
    expect(review).toMatchObject({ caseId, overdue: false });
    expect(review?.reason).toBe('One action agreed in Autumn 1 2025/26 to review (the Autumn 2 2025/26 meeting was cancelled, so the review is due here).');
    expect(overdueActions(model, lichfield(3))).toEqual([]);
  });

  it('is late only after the next meeting held', () => {
    expect(isReviewOverdue(model, lichfield(1), lichfield(4))).toBe(true);
    expect(agendaFor(model, lichfield(4)).reviewsDue[0]?.overdue).toBe(true);
    expect(overdueActions(model, lichfield(4)).map((action) => [action.actionId, action.halfTermsWaiting])).toEqual([[actionId, 3]]);
  });

  it('was late at the next meeting when that meeting was not cancelled', () => {
    const withoutCancellation = modelOf(history.slice(0, -1));
    expect(isReviewOverdue(withoutCancellation, lichfield(1), lichfield(3))).toBe(true);
    expect(agendaFor(withoutCancellation, lichfield(3)).reviewsDue[0]?.overdue).toBe(true);
  });

  it('moves on past every cancelled meeting in a row', () => {
    const twoCancelled = modelOf([...history, { type: 'MeetingCancelled', meeting: lichfield(3), cancelledOn: '2026-01-20', reason: 'Snow.' }]);
    expect(isReviewOverdue(twoCancelled, lichfield(1), lichfield(4))).toBe(false);
    expect(agendaFor(twoCancelled, lichfield(4)).reviewsDue[0]?.reason).toContain('the Autumn 2 2025/26 and Spring 1 2025/26 meetings were cancelled');
  });
});
