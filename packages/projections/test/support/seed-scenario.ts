import type { HubEvent } from '@send-hub/hub';

/**
 * The journey the seed document describes, step by step, as an older history holds it: a
 * child referred in Autumn 1 (consent recorded a week later, as before consent came with a referral),
 * discussed in Autumn 2 (the Autumn 1 meeting was cancelled), actions reviewed in
 * Spring 1 as not working and escalated to the Locality Management Group; later the
 * child's personal data is erased.
 */
export const scenarioCaseId = '7c1f3a52-0d4e-4b8a-9c61-2f5e8d9a1b30';
export const scenarioChild = 'child-ava-0001';
const caseId = scenarioCaseId;
const district = 'tamworth';
const autumn1 = { district, academicYear: '2025/26', halfTerm: 1 as const };
const autumn2 = { district, academicYear: '2025/26', halfTerm: 2 as const };
const spring1 = { district, academicYear: '2025/26', halfTerm: 3 as const };
export const scenarioMeetings = { autumn1, autumn2, spring1, spring2: { district, academicYear: '2025/26', halfTerm: 4 as const } };
export const scenarioActions = { senco: 'a1b2c3d4-0000-4000-8000-000000000001', nurse: 'a1b2c3d4-0000-4000-8000-000000000002' };

export const scenarioSteps = {
  referred: [
    {
      type: 'Referred',
      caseId,
      occurredOn: '2025-09-15',
      referral: {
        childReference: scenarioChild,
        district,
        school: '124567',
        yearGroup: 'Y4',
        senProvision: 'K',
        needs: [{ need: 'SEMH', rank: 1 }],
        sex: 'F',
        ethnicity: 'WBRI',
        pupilPremium: true,
        assessPlanDoReviewCycles: 2,
        personal: { childName: 'Ava', dateOfBirth: '2016-03-04', narrative: 'Finds unstructured times very hard.' },
      },
      // Recorded before consent came with a referral (schema version 1, upcast): Ava's consent follows as its own event.
      consent: 'not-recorded-at-referral',
    },
  ],
  consented: [{ type: 'ConsentGiven', caseId, occurredOn: '2025-09-22', givenBy: 'parent-or-carer', form: 'written', youngPersonLacksCapacity: false }],
  autumnOneCancelled: [{ type: 'MeetingCancelled', meeting: autumn1, cancelledOn: '2025-10-10', reason: 'Too few professionals could attend.' }],
  discussedWithActions: [
    { type: 'MeetingHeld', meeting: autumn2, heldOn: '2025-11-20', attendance: [{ agency: 'education', role: 'Effective Practice Development Officer' }, { agency: 'health', role: 'School nurse' }] },
    { type: 'Discussed', caseId, occurredOn: '2025-11-20', meeting: autumn2 },
    {
      type: 'ActionsAgreed',
      caseId,
      occurredOn: '2025-11-20',
      meeting: autumn2,
      actions: [
        { actionId: scenarioActions.senco, description: 'Daily check-in with a trusted adult', agency: 'education', ownerRole: 'Special educational needs coordinator' },
        { actionId: scenarioActions.nurse, description: 'Sleep and wellbeing assessment', agency: 'health', ownerRole: 'School nurse' },
      ],
    },
  ],
  reviewedNotWorkingAndEscalated: [
    {
      type: 'MeetingHeld',
      meeting: spring1,
      heldOn: '2026-01-22',
      attendance: [
        { agency: 'education', role: 'Effective Practice Development Officer' },
        { agency: 'social-care', role: 'Family support worker' },
        { agency: 'health', role: 'School nurse' },
      ],
    },
    {
      type: 'Reviewed',
      caseId,
      occurredOn: '2026-01-22',
      meeting: spring1,
      outcomes: [
        { actionId: scenarioActions.senco, outcome: 'did-not-work' },
        { actionId: scenarioActions.nurse, outcome: 'partly-worked' },
      ],
      conclusion: 'not-working',
    },
    { type: 'EscalatedToLMG', caseId, occurredOn: '2026-01-29', reason: 'Strategies have not worked; needs a multi-agency plan.' },
  ],
  erased: [{ type: 'PersonalDataErased', childReference: scenarioChild, occurredOn: '2026-03-01', erasedBy: 'Data protection officer', reason: 'Request upheld.' }],
} satisfies Record<string, ReadonlyArray<HubEvent>>;
