import { openInMemoryHub, type HubRequest } from '../../src';
import type { SubjectAccessReport } from '@send-hub/subject-access';
import { either as E } from 'fp-ts';

export const caseId = '77777777-7777-4777-8777-777777777777';
export const childName = 'Jordan <Ellis> & “Jo”';
/** What Jordan said when the hub asked him: personal data, in the family's copy and nowhere else. */
export const childsViews = 'Reading out loud <scares> me & I want to sit near the front.';
const meeting = (halfTerm: number) => ({ district: 'tamworth', academicYear: '2025/26', halfTerm });
const coordinator: HubRequest = { actor: { id: 'officer-7', role: 'hub-coordinator', agency: 'education', districts: ['tamworth'] } };
const school: HubRequest = { actor: { id: 'school-123456', role: 'school-special-educational-needs-coordinator', agency: 'education', districts: ['tamworth'] } };
const dataProtectionOfficer: HubRequest = { actor: { id: 'dpo-1', role: 'data-protection-officer', agency: 'other', districts: [] }, purpose: 'a request from Jordan’s father, 2 February 2026' };
const attendance = [
  { agency: 'education', role: 'special educational needs coordinator' },
  { agency: 'health', role: 'school nurse' },
];
const actions = [
  { actionId: 'a0000000-0000-4000-8000-000000000001', description: 'Speech and language assessment', agency: 'health', ownerRole: 'speech and language therapist' },
  { actionId: 'a0000000-0000-4000-8000-000000000002', description: 'Small-group reading three times a week', agency: 'education', ownerRole: 'class teacher' },
];

const steps: ReadonlyArray<readonly [HubRequest, 'case' | 'meeting', Record<string, unknown>]> = [
  [
    school,
    'case',
    {
      type: 'Refer',
      caseId,
      occurredOn: '2025-10-13',
      referral: {
        childReference: 'child-jordan',
        district: 'tamworth',
        school: '123456',
        yearGroup: 'Y4',
        senProvision: 'K',
        needs: [{ need: 'SLCN', rank: 1 }],
        sex: 'M',
        ethnicity: 'WBRI',
        pupilPremium: true,
        assessPlanDoReviewCycles: 2,
        personal: { childName, dateOfBirth: '2017-03-09', narrative: 'Struggles to follow spoken instructions; has begun to avoid reading aloud.' },
      },
      consent: { givenBy: 'parent-or-carer', form: 'written', givenOn: '2025-10-10' },
    },
  ],
  [coordinator, 'case', { type: 'RecordViews', caseId, occurredOn: '2025-10-15', whose: 'child-or-young-person', how: 'in-person', views: childsViews }],
  [coordinator, 'meeting', { type: 'RecordMeeting', meeting: meeting(2), heldOn: '2025-11-20', attendance }],
  [coordinator, 'case', { type: 'Discuss', caseId, occurredOn: '2025-11-20', meeting: meeting(2) }],
  [coordinator, 'case', { type: 'AgreeActions', caseId, occurredOn: '2025-11-20', meeting: meeting(2), actions }],
  [coordinator, 'meeting', { type: 'RecordMeeting', meeting: meeting(3), heldOn: '2026-01-22', attendance }],
  [
    coordinator,
    'case',
    {
      type: 'Review',
      caseId,
      occurredOn: '2026-01-22',
      meeting: meeting(3),
      outcomes: [
        { actionId: actions[0]?.actionId, outcome: 'not-done' },
        { actionId: actions[1]?.actionId, outcome: 'partly-worked' },
      ],
      conclusion: 'continue-with-new-actions',
    },
  ],
  // Jordan changes school within Tamworth after the spring review: the same hub keeps his case.
  [coordinator, 'case', { type: 'RecordMove', caseId, occurredOn: '2026-01-26', school: '123999' }],
];

/** Jordan's case (a move of school among its steps), recorded through the hub, read twice by the coordinator, then asked for by the family. */
export const sampleReport = async (): Promise<SubjectAccessReport> => {
  const hub = openInMemoryHub();
  try {
    for (const [request, kind, command] of steps) {
      const result = kind === 'case' ? await hub.recordCase(command, request) : await hub.recordMeeting(command, request);
      if (result._tag === 'Left') throw new Error(result.left.message);
    }
    await hub.replay(caseId, { ...coordinator, purpose: 'to prepare the Spring 1 meeting' });
    await hub.replay(caseId, { ...coordinator, purpose: 'to write to the family after the review' });
    const report = await hub.subjectAccess('child-jordan', dataProtectionOfficer);
    if (E.isLeft(report)) throw new Error(report.left.message);
    return report.right;
  } finally {
    await hub.dispose();
  }
};
