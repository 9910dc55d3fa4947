import { join } from 'node:path';
import { asLocalOperator, openInMemoryHub, type Hub } from '@send-hub/application';
import { writeLinesToFile } from '@send-hub/audit';
import { either as E } from 'fp-ts';

export const caseId = '44444444-4444-4444-8444-444444444444';
export const secondCaseId = '55555555-5555-4555-8555-555555555555';
const officer = { actor: { id: 'officer-3', role: 'hub-coordinator', agency: 'education', districts: ['stafford'] } } as const;
const meeting = (halfTerm: number) => ({ district: 'stafford', academicYear: '2025/26', halfTerm });
const referral = (childReference: string, childName: string) => ({
  childReference,
  district: 'stafford',
  school: '234567',
  yearGroup: 'Y9',
  senProvision: 'K',
  needs: [{ need: 'SEMH', rank: 1 }],
  sex: 'M',
  ethnicity: 'MWBA',
  pupilPremium: true,
  assessPlanDoReviewCycles: 2,
  personal: { childName, dateOfBirth: '2011-04-04', narrative: 'Has been excluded twice this term.' },
});

/**
 * Each step with the moment it was recorded. Consent for the first case was given on
 * 20 October but only recorded on 20 November: as of 31 October it had happened, but
 * on 1 November the hub did not know it yet.
 */
const steps: ReadonlyArray<{ readonly at: string; readonly record: (hub: Hub) => Promise<E.Either<{ readonly message: string }, unknown>> }> = [
  { at: '2025-10-13T15:00:00Z', record: (hub) => hub.recordCase({ type: 'Refer', caseId, occurredOn: '2025-10-13', referral: referral('child-alex', 'Alex Moor'), consent: { givenBy: 'parent-or-carer', form: 'written', givenOn: '2025-10-10' } }, officer) },
  { at: '2025-10-15T15:00:00Z', record: (hub) => hub.recordCase({ type: 'Refer', caseId: secondCaseId, occurredOn: '2025-10-15', referral: referral('child-kai', 'Kai Lane'), consent: { givenBy: 'parent-or-carer', form: 'verbal', givenOn: '2025-10-14' } }, officer) },
  { at: '2025-11-20T10:00:00Z', record: (hub) => hub.recordCase({ type: 'RecordViews', caseId, occurredOn: '2025-10-20', whose: 'family', how: 'written', views: 'Alex wants to stay with his friends.' }, officer) },
  { at: '2025-11-26T17:00:00Z', record: (hub) => hub.recordMeeting({ type: 'RecordMeeting', meeting: meeting(2), heldOn: '2025-11-26', attendance: [{ agency: 'health', role: 'school nurse' }] }, officer) },
  { at: '2025-11-26T17:05:00Z', record: (hub) => hub.recordCase({ type: 'Discuss', caseId, occurredOn: '2025-11-26', meeting: meeting(2) }, officer) },
  {
    at: '2025-11-26T17:10:00Z',
    record: (hub) =>
      hub.recordCase(
        { type: 'AgreeActions', caseId, occurredOn: '2025-11-26', meeting: meeting(2), actions: [{ actionId: 'd0000000-0000-4000-8000-000000000001', description: 'Mentoring twice a week', agency: 'education', ownerRole: 'learning mentor' }] },
        officer,
      ),
  },
];

export interface RecordedHistory {
  readonly file: string;
  /** What the council publishes: the running hash of its whole store. */
  readonly headHash: string;
  readonly lineCount: number;
}

/** Records the history through the hub's real handlers and exports it to `folder`, as the council would hand it over. */
export const recordAndExport = async (folder: string, extra?: (hub: Hub) => Promise<void>): Promise<RecordedHistory> => {
  let now = new Date(0);
  const hub = openInMemoryHub({ clock: () => now });
  try {
    for (const step of steps) {
      now = new Date(step.at);
      const result = await step.record(hub);
      if (E.isLeft(result)) throw new Error(`The hub refused a step of the test history: ${result.left.message}`);
    }
    await extra?.(hub);
    const file = join(folder, 'hub-export.ndjson');
    const operator = asLocalOperator(hub.configuration);
    const lines = hub.exportLines(operator);
    const report = await hub.verify(operator);
    if (E.isLeft(lines) || E.isLeft(report)) throw new Error('The local operator may export and verify the test history.');
    const lineCount = await writeLinesToFile(file, lines.right);
    return { file, headHash: report.right.headHash, lineCount };
  } finally {
    await hub.dispose();
  }
};
