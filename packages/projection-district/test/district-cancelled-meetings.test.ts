import type { CaseEvent, MeetingEvent, MeetingReference } from '@send-hub/core';
import type { HubEnvelope } from '@send-hub/hub';
import { agendaFor, applyDistrictEvent, emptyDistrictModel, isReviewOverdue, overdueActions, reviewDueTerm, type DistrictModel } from '../src';

const caseId = 'a0000000-0000-4000-8000-000000000001';
const actionId = 'b0000000-0000-4000-8000-000000000001';
const lichfield = (halfTerm: MeetingReference['halfTerm']): MeetingReference => ({ district: 'lichfield', academicYear: '2025/26', halfTerm });
const attendance = [{ agency: 'education' as const, role: 'special educational needs coordinator' }];

const history: ReadonlyArray<CaseEvent | MeetingEvent> = [
  {
    type: 'Referred',
    caseId,
    occurredOn: '2025-09-10',
    referral: {
      childReference: 'c0000000-0000-4000-8000-000000000001',
      district: 'lichfield',
      school: '124000',
      yearGroup: 'Y5',
      senProvision: 'K',
      needs: [{ need: 'SEMH', rank: 1 }],
      sex: 'F',
      ethnicity: 'WBRI',
      pupilPremium: false,
      personal: { name: { erased: true }, dateOfBirth: { erased: true }, narrative: { erased: true } },
    },
  } as unknown as CaseEvent,
  { type: 'ConsentGiven', caseId, occurredOn: '2025-09-12', givenBy: 'parent-or-carer', form: 'written', youngPersonLacksCapacity: false },
  { type: 'MeetingHeld', meeting: lichfield(1), heldOn: '2025-10-08', attendance },
  { type: 'Discussed', caseId, occurredOn: '2025-10-08', meeting: lichfield(1) },
  { type: 'ActionsAgreed', caseId, occurredOn: '2025-10-08', meeting: lichfield(1), actions: [{ actionId, description: 'Quiet lunch club', agency: 'education', ownerRole: 'pastoral lead' }] },
  { type: 'MeetingCancelled', meeting: lichfield(2), cancelledOn: '2025-11-28', reason: 'The venue flooded.' },
];

const modelOf = (events: ReadonlyArray<CaseEvent | MeetingEvent>): DistrictModel =>
  events.reduce((model, event) => applyDistrictEvent(model, { event } as HubEnvelope), emptyDistrictModel());

describe('a review due at a cancelled meeting', () => {
  const model = modelOf(history);

  it('is due at the next meeting held instead, and not late there', () => {
    expect(reviewDueTerm(model, lichfield(1))).toBe(reviewDueTerm(modelOf(history.slice(0, -1)), lichfield(2)));
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
