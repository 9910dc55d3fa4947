/** One child's journey through the Tamworth hub, as JSON a council's client would send. */
export const caseId = '22222222-2222-4222-8222-222222222222';
export const meeting = (halfTerm: number) => ({ district: 'tamworth', academicYear: '2025/26', halfTerm });
const attendance = [
  { agency: 'education', role: 'special educational needs coordinator' },
  { agency: 'social-care', role: 'early help worker' },
  { agency: 'health', role: 'school nurse' },
];
const assessment = 'a0000000-0000-4000-8000-00000000000a';
const groupWork = 'a0000000-0000-4000-8000-00000000000b';

export const referral = {
  type: 'Refer',
  caseId,
  occurredOn: '2025-10-13',
  referral: {
    childReference: 'child-sam',
    district: 'tamworth',
    school: '123456',
    yearGroup: 'Y5',
    senProvision: 'K',
    needs: [{ need: 'SLCN', rank: 1 }],
    sex: 'F',
    ethnicity: 'WBRI',
    pupilPremium: false,
    assessPlanDoReviewCycles: 2,
    personal: { childName: 'Sam Carter', dateOfBirth: '2015-03-02', narrative: 'Rarely speaks in class.' },
  },
  consent: { givenBy: 'parent-or-carer', form: 'written', givenOn: '2025-10-09' },
};
/** Sam's own views, heard a week after the referral (the name is kept from when consent followed the referral). */
export const consent = { type: 'RecordViews', caseId, occurredOn: '2025-10-20', whose: 'child-or-young-person', how: 'through-an-advocate', views: 'I talk when it is just me and one other person.' };
export const autumnTwoHeld = { type: 'RecordMeeting', meeting: meeting(2), heldOn: '2025-11-26', attendance };
export const discussion = { type: 'Discuss', caseId, occurredOn: '2025-11-26', meeting: meeting(2) };
export const actions = {
  type: 'AgreeActions',
  caseId,
  occurredOn: '2025-11-26',
  meeting: meeting(2),
  actions: [
    { actionId: assessment, description: 'Speech and language assessment', agency: 'health', ownerRole: 'speech and language therapist' },
    { actionId: groupWork, description: 'Small-group talk sessions', agency: 'education', ownerRole: 'teaching assistant' },
  ],
};
export const springOneHeld = { type: 'RecordMeeting', meeting: meeting(3), heldOn: '2026-01-28', attendance };
export const review = {
  type: 'Review',
  caseId,
  occurredOn: '2026-01-28',
  meeting: meeting(3),
  outcomes: [
    { actionId: assessment, outcome: 'not-done' },
    { actionId: groupWork, outcome: 'did-not-work' },
  ],
  conclusion: 'not-working',
};
export const escalation = { type: 'EscalateToLMG', caseId, occurredOn: '2026-01-28', reason: 'The assessment has not happened and the sessions have not helped.' };
