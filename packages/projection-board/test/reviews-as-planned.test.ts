import type { CaseEvent, MeetingEvent, MeetingReference } from '@send-hub/core';
import type { HubEnvelope } from '@send-hub/hub';
import { applyBoardEvent, boardFigures, emptyBoardModel, type BoardModel } from '../src';

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
