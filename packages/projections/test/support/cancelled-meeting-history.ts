import type { CaseEvent, MeetingEvent, MeetingReference } from '@send-hub/core';

/**
 * A Lichfield case whose actions were agreed at the Autumn 1 meeting, after which the
 * Autumn 2 meeting was cancelled: for the read models' tests of reviews that wait for
 * the next meeting held. Plain events, as the read models receive them.
 */
export const caseId = 'a0000000-0000-4000-8000-000000000001';
export const actionId = 'b0000000-0000-4000-8000-000000000001';
export const lichfield = (halfTerm: MeetingReference['halfTerm']): MeetingReference => ({ district: 'lichfield', academicYear: '2025/26', halfTerm });
export const attendance = [{ agency: 'education' as const, role: 'special educational needs coordinator' }];

export const cancelledMeetingHistory: ReadonlyArray<CaseEvent | MeetingEvent> = [
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
    // The consent comes with the referral.
    consent: { givenBy: 'parent-or-carer', form: 'written', givenOn: '2025-09-10', youngPersonLacksCapacity: false },
  } as unknown as CaseEvent,
  { type: 'MeetingHeld', meeting: lichfield(1), heldOn: '2025-10-08', attendance },
  { type: 'Discussed', caseId, occurredOn: '2025-10-08', meeting: lichfield(1) },
  { type: 'ActionsAgreed', caseId, occurredOn: '2025-10-08', meeting: lichfield(1), actions: [{ actionId, description: 'Quiet lunch club', agency: 'education', ownerRole: 'pastoral lead' }] },
  { type: 'MeetingCancelled', meeting: lichfield(2), cancelledOn: '2025-11-28', reason: 'The venue flooded.' },
];

