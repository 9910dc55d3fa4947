import type { CaseEvent, MeetingEvent, MeetingReference } from '@send-hub/core';
import { actionId, attendance, caseId, cancelledMeetingHistory as history, lichfield } from '../../projections/test/support/cancelled-meeting-history';
import type { HubEnvelope } from '@send-hub/hub';
import { applyBoardEvent, boardFigures, emptyBoardModel, type BoardModel } from '../src';

const modelOf = (events: ReadonlyArray<CaseEvent | MeetingEvent>): BoardModel =>
  events.reduce((model, event) => applyBoardEvent(model, { event } as HubEnvelope), emptyBoardModel());

const review = (halfTerm: MeetingReference['halfTerm'], occurredOn: string): CaseEvent => ({
  type: 'Reviewed',
  caseId,
  occurredOn,
  meeting: lichfield(halfTerm),
  outcomes: [{ actionId, outcome: 'worked' }],
  conclusion: 'continue-with-new-actions',
});

describe('the share of actions reviewed at the next meeting held', () => {
  it('counts a review at the meeting after a cancelled one as on time', () => {
    const model = modelOf([...history, { type: 'MeetingHeld', meeting: lichfield(3), heldOn: '2026-01-21', attendance }, review(3, '2026-01-21')]);
    expect(boardFigures(model, { academicYear: '2025/26' }).reviewsAsPlanned).toEqual({ actionsReviewed: 1, atNextMeetingHeld: 1, share: { numerator: 1, denominator: 1, percentage: 100 } });
  });

  it('counts a review put off past the next meeting held as late', () => {
    const model = modelOf([
      ...history,
      { type: 'MeetingHeld', meeting: lichfield(3), heldOn: '2026-01-21', attendance },
      { type: 'MeetingHeld', meeting: lichfield(4), heldOn: '2026-03-11', attendance },
      review(4, '2026-03-11'),
    ]);
    expect(boardFigures(model, { academicYear: '2025/26' }).reviewsAsPlanned).toEqual({ actionsReviewed: 1, atNextMeetingHeld: 0, share: { numerator: 0, denominator: 1, percentage: 0 } });
    expect(boardFigures(model, { academicYear: '2025/26', halfTerm: 3 }).reviewsAsPlanned.actionsReviewed).toBe(0);
  });
});
