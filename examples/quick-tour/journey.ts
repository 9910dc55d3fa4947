import type { Hub } from '@send-hub/application';
import type { CaseCommand, MeetingCommand, MeetingReference } from '@send-hub/core';
import { either as E } from 'fp-ts';

export const caseId = '11111111-1111-4111-8111-111111111111';
export const childReference = 'child-jordan';
export const officer = { id: 'officer-7', role: 'hub-coordinator', agency: 'education', districts: ['tamworth'] } as const;
const schoolStaff = { id: 'school-123456', role: 'school-special-educational-needs-coordinator', agency: 'education', districts: ['tamworth'] } as const;

export const meeting = (halfTerm: 1 | 2 | 3): MeetingReference => ({ district: 'tamworth', academicYear: '2025/26', halfTerm });
const attendance = [
  { agency: 'education', role: 'special educational needs coordinator' },
  { agency: 'social-care', role: 'early help worker' },
  { agency: 'health', role: 'school nurse' },
] as const;

/** Jordan's journey: referred with consent in Autumn 1, his family's and his own views heard, a move of school within Tamworth (his case goes with him), discussed in Autumn 2, reviewed in Spring 1 as not working, escalated. */
export const journey: ReadonlyArray<{ readonly kind: 'case'; readonly command: CaseCommand } | { readonly kind: 'meeting'; readonly command: MeetingCommand }> = [
  {
    kind: 'case',
    command: {
      type: 'Refer',
      caseId,
      occurredOn: '2025-10-13',
      referral: {
        childReference,
        district: 'tamworth',
        school: '123456',
        yearGroup: 'Y4',
        senProvision: 'K',
        needs: [{ need: 'SLCN', rank: 1 }, { need: 'SEMH', rank: 2 }],
        sex: 'M',
        ethnicity: 'WBRI',
        pupilPremium: true,
        assessPlanDoReviewCycles: 3,
        personal: { childName: 'Jordan Hale', dateOfBirth: '2016-05-09', narrative: 'Struggles to join in with group work and has stopped talking in class.' },
      },
      // The school refers only with consent: Jordan's father gave it in writing the week before.
      consent: { givenBy: 'parent-or-carer', form: 'written', givenOn: '2025-10-06' },
      views: [{ whose: 'family', how: 'in-person', views: 'Jordan chats at home but goes quiet as soon as he is with a group.' }],
    },
  },
  {
    kind: 'case',
    command: { type: 'RecordViews', caseId, occurredOn: '2025-10-20', whose: 'child-or-young-person', how: 'drawing-or-recording', views: 'I like drawing with one friend; big groups are too noisy.' },
  },
  // The family moves house within Tamworth after half term: Jordan changes school, and his case goes with him, so nobody has to tell his story again.
  { kind: 'case', command: { type: 'RecordMove', caseId, occurredOn: '2025-11-03', school: '123789' } },
  { kind: 'meeting', command: { type: 'RecordMeeting', meeting: meeting(2), heldOn: '2025-11-26', attendance: [...attendance] } },
  { kind: 'case', command: { type: 'Discuss', caseId, occurredOn: '2025-11-26', meeting: meeting(2) } },
  {
    kind: 'case',
    command: {
      type: 'AgreeActions',
      caseId,
      occurredOn: '2025-11-26',
      meeting: meeting(2),
      actions: [
        { actionId: 'a0000000-0000-4000-8000-000000000001', description: 'Speech and language assessment', agency: 'health', ownerRole: 'speech and language therapist' },
        { actionId: 'a0000000-0000-4000-8000-000000000002', description: 'Small-group talk sessions three times a week', agency: 'education', ownerRole: 'teaching assistant' },
      ],
    },
  },
  { kind: 'meeting', command: { type: 'RecordMeeting', meeting: meeting(3), heldOn: '2026-01-28', attendance: [...attendance] } },
  {
    kind: 'case',
    command: {
      type: 'Review',
      caseId,
      occurredOn: '2026-01-28',
      meeting: meeting(3),
      outcomes: [
        { actionId: 'a0000000-0000-4000-8000-000000000001', outcome: 'not-done' },
        { actionId: 'a0000000-0000-4000-8000-000000000002', outcome: 'did-not-work' },
      ],
      conclusion: 'not-working',
    },
  },
  { kind: 'case', command: { type: 'EscalateToLMG', caseId, occurredOn: '2026-01-28', reason: 'The assessment has not happened and the group sessions have not helped.' } },
];

/** Records one step through the hub's real handlers; a refusal stops the tour with the hub's own words. */
export const record = async (hub: Hub, step: (typeof journey)[number]): Promise<bigint | undefined> => {
  const refused = (message: string) => new Error(`The hub refused ${step.command.type}: ${message}`);
  if (step.kind === 'meeting') {
    const held = await hub.recordMeeting(step.command, { actor: officer });
    if (E.isLeft(held)) throw refused(held.left.message);
    return held.right.position;
  }
  const result = await hub.recordCase(step.command, { actor: step.command.type === 'Refer' ? schoolStaff : officer });
  if (E.isLeft(result)) throw refused(result.left.message);
  return result.right.position;
};
