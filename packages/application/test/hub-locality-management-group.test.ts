import type { LMGMeetingReference, MeetingReference } from '@send-hub/core';
import { boardReport, formatBoardReport } from '@send-hub/projection-board';
import { agendaFor, lmgAgendaFor, lmgMeetingsOf } from '@send-hub/projection-district';
import { either as E } from 'fp-ts';
import { openInMemoryHub, type Hub } from '../src';
import { action, coordinator, escalate, hubMeeting, succeed } from './support/escalated-case';

const caseId = '44444444-4444-4444-8444-444444444444';
const otherCaseId = '55555555-5555-4555-8555-555555555555';
const groupMeeting = (halfTerm: MeetingReference['halfTerm']): LMGMeetingReference => ({ district: 'tamworth', academicYear: '2025/26', halfTerm });
const chair = { actor: { id: 'chair-1', role: 'locality-management-group-chair', agency: 'education', districts: ['tamworth'] } } as const;
const member = { actor: { id: 'member-1', role: 'locality-management-group-member', agency: 'health', districts: ['tamworth'] } } as const;
const otherChair = { actor: { id: 'chair-2', role: 'locality-management-group-chair', agency: 'education', districts: ['lichfield'] } } as const;
const attendance = [
  { agency: 'education' as const, role: 'head of inclusion' },
  { agency: 'health' as const, role: 'designated clinical officer' },
  { agency: 'social-care' as const, role: 'early help manager' },
];

const refusal = async (result: Promise<E.Either<{ readonly code: string; readonly message: string }, unknown>>): Promise<{ code: string; message: string }> => {
  const settled = await result;
  if (E.isRight(settled)) throw new Error('expected a refusal');
  const failure = settled.left as { code: string; message: string; rejection?: { code: string; message: string } };
  return failure.rejection ?? failure;
};

const backToHub = {
  type: 'DiscussAtLMG',
  caseId,
  occurredOn: '2026-01-21',
  meeting: groupMeeting(3),
  outcome: 'back-to-hub',
  reason: 'New strategies are worth trying with the group’s advice.',
  recommendations: ['Ask the educational psychologist to observe in class.'],
} as const;

describe('the Locality Management Group through the hub', () => {
  let hub: Hub;
  beforeEach(async () => {
    hub = openInMemoryHub({ clock: () => new Date('2026-01-21T16:00:00.000Z') });
    await hub.readModels.start();
    await escalate(hub, caseId, 'child-sam');
  });
  afterEach(async () => hub.dispose());

  it('puts an escalated case on the group’s agenda, and discusses it only at a meeting the group held, on its date', async () => {
    expect(hub.readModels.district((model) => lmgAgendaFor(model, groupMeeting(3))).toDiscuss.map((item) => item.caseId)).toEqual([caseId]);
    expect(await refusal(hub.recordCase(backToHub, chair))).toMatchObject({ code: 'lmg-meeting-not-held', message: expect.stringContaining('The Tamworth Locality Management Group meeting of Spring 1 2025/26 has not been recorded as held') });
    await succeed(hub.recordLMGMeeting({ type: 'CancelLMGMeeting', meeting: groupMeeting(3), cancelledOn: '2026-01-19', reason: 'Too few members could attend.' }, chair));
    expect(await refusal(hub.recordCase(backToHub, chair))).toMatchObject({ code: 'lmg-meeting-not-held', message: expect.stringContaining('was cancelled') });
    await succeed(hub.recordLMGMeeting({ type: 'RecordLMGMeeting', meeting: groupMeeting(4), heldOn: '2026-03-04', attendance }, chair));
    expect(await refusal(hub.recordCase({ ...backToHub, meeting: groupMeeting(4), occurredOn: '2026-03-05' }, chair))).toMatchObject({ code: 'lmg-discussion-not-on-meeting-date' });
    const position = (await succeed(hub.recordCase({ ...backToHub, meeting: groupMeeting(4), occurredOn: '2026-03-04' }, chair))).position;
    await hub.readModels.waitFor(position);
    expect(hub.readModels.district((model) => lmgAgendaFor(model, groupMeeting(5)))).toMatchObject({ toDiscuss: [], waitingOnHub: [expect.objectContaining({ caseId, reason: expect.stringContaining('the hub has not yet discussed it again') })] });
    expect(hub.readModels.district((model) => agendaFor(model, hubMeeting(5))).backFromLocalityManagementGroup.map((item) => item.caseId)).toEqual([caseId]);
  });

  it('takes a case sent back round the hub’s cycle again: discussed, new actions, reviewed', async () => {
    await succeed(hub.recordLMGMeeting({ type: 'RecordLMGMeeting', meeting: groupMeeting(3), heldOn: '2026-01-21', attendance }, chair));
    await succeed(hub.recordCase(backToHub, chair));
    await succeed(hub.recordCase({ type: 'Discuss', caseId, occurredOn: '2026-03-04', meeting: hubMeeting(4) }, coordinator));
    await succeed(hub.recordCase({ type: 'AgreeActions', caseId, occurredOn: '2026-03-04', meeting: hubMeeting(4), actions: [action('44444444-0000-4000-8000-000000000002')] }, coordinator));
    const agreed = await succeed(hub.recordCase({ type: 'Review', caseId, occurredOn: '2026-04-22', meeting: hubMeeting(5), outcomes: [{ actionId: '44444444-0000-4000-8000-000000000002', outcome: 'worked' }], conclusion: 'needs-met' }, coordinator));
    await hub.readModels.waitFor(agreed.position);
    expect(hub.readModels.district((model) => lmgAgendaFor(model, groupMeeting(5)))).toMatchObject({ toDiscuss: [], waitingOnHub: [] });
    // The auditor's rule replay holds the stored history to the same rules, the group meeting's included.
    const report = await succeed(hub.verify({ actor: { id: 'auditor-1', role: 'auditor', agency: 'other', districts: [] } }, { checkKeys: false }));
    expect(report.verified).toBe(true);
    const timeline = await succeed(hub.replay(caseId, chair));
    expect(timeline.steps.map((step) => step.description)).toContain(
      'Discussed at the Tamworth Locality Management Group meeting of Spring 1 2025/26; outcome: back to the hub with the group’s recommendations, for new actions, because new strategies are worth trying with the group’s advice. Recommendations: Ask the educational psychologist to observe in class. The case goes back to the hub for new actions.',
    );
  });

  it('lets the group’s chair run its meetings and members record themes, in their own districts only', async () => {
    expect(await refusal(hub.recordLMGMeeting({ type: 'RecordLMGMeeting', meeting: groupMeeting(3), heldOn: '2026-01-21', attendance }, coordinator))).toMatchObject({ code: 'role-not-permitted' });
    expect(await refusal(hub.recordLMGMeeting({ type: 'RecordLMGMeeting', meeting: groupMeeting(3), heldOn: '2026-01-21', attendance }, otherChair))).toMatchObject({ code: expect.stringMatching(/district/) });
    await succeed(hub.recordLMGMeeting({ type: 'RecordLMGMeeting', meeting: groupMeeting(3), heldOn: '2026-01-21', attendance }, chair));
    expect(await refusal(hub.recordCase(backToHub, otherChair))).toMatchObject({ code: expect.stringMatching(/district/) });
    const themes = await succeed(hub.recordLMGMeeting({ type: 'RecordLMGThemes', meeting: groupMeeting(3), themes: ['Long waits for speech and language therapy advice.'] }, member));
    await hub.readModels.waitFor(themes.position);
    expect(hub.readModels.district((model) => lmgMeetingsOf(model, 'tamworth'))).toEqual([
      expect.objectContaining({ period: 'Spring 1 2025/26', status: 'held', attendeeCount: 3, missingAgencyLabels: [], themes: ['Long waits for speech and language therapy advice.'] }),
    ]);
  });

  it('closes the case when the outcome ends the hub’s work, and the board counts the group’s outcomes', async () => {
    await escalate(hub, otherCaseId, 'child-kai');
    await succeed(hub.recordLMGMeeting({ type: 'RecordLMGMeeting', meeting: groupMeeting(3), heldOn: '2026-01-21', attendance }, chair));
    await succeed(hub.recordCase(backToHub, chair));
    const closing = await succeed(
      hub.recordCase({ ...backToHub, caseId: otherCaseId, outcome: 'needs-assessment-requested', reason: 'The needs call for a statutory assessment.', recommendations: [] }, chair),
    );
    await hub.readModels.waitFor(closing.position);
    expect(await refusal(hub.recordCase({ type: 'Close', caseId: otherCaseId, occurredOn: '2026-01-30', reason: 'other' }, coordinator))).toMatchObject({ code: 'case-closed' });
    const report = hub.readModels.board((model) => boardReport(model, { academicYear: '2025/26', district: 'tamworth', suppress: false }));
    if (E.isLeft(report)) throw new Error(report.left.message);
    const outcomes = report.right.lmgOutcomes;
    const row = (key: string) => outcomes.rows.find((candidate) => candidate.key === key);
    expect(row('back-to-hub')?.total.shown).toBe('1');
    expect(row('needs-assessment-requested')?.total.shown).toBe('1');
    expect(formatBoardReport(report.right)).toContain('Locality Management Group outcomes by half term, Tamworth district, 2025/26');
    const published = hub.readModels.board((model) => boardReport(model, { academicYear: '2025/26', district: 'tamworth' }));
    if (E.isLeft(published)) throw new Error(published.left.message);
    expect(published.right.lmgOutcomes.rows.find((candidate) => candidate.key === 'back-to-hub')?.total.shown).toBe('[c]');
  });
});
