import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { asLines, autumnMeeting, caseId, referral, reviewAndGroup } from './support/recorded-journey';
import { runIn } from './support/run-in-process';

interface RecordReport {
  readonly recorded: ReadonlyArray<{ readonly line: number; readonly command: string; readonly events: ReadonlyArray<{ readonly type: string; readonly description: string }> }>;
  readonly refused?: { readonly line: number; readonly command: string; readonly code: string; readonly message: string };
  readonly notTried: number;
}

// One child's journey recorded command by command, as a council officer would, into a new hub file.
describe('send-hub record', () => {
  let folder: string;
  const write = (name: string, text: string): string => {
    writeFileSync(join(folder, name), text);
    return name;
  };
  /** How many events the hub holds: the lines of its export. */
  const eventCount = async (): Promise<number> => (await runIn(folder, ['export'])).stdout.split('\n').filter((line) => line.trim() !== '').length;

  beforeAll(() => (folder = mkdtempSync(join(tmpdir(), 'send-hub-cli-record-'))));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('records a referral with its consent and the child’s views from a file, and says what it recorded in words', async () => {
    const run = await runIn(folder, ['record', write('referral.json', JSON.stringify(referral, null, 2))]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        '1. School 124356 referred Oliver Smith (Year 7, special educational needs support, primary need: social, emotional and mental health) to the Stafford hub. A parent or carer had given written consent on 12 September 2025.',
        '   The child or young person’s views were heard (in person): “The corridors are too loud.”',
        '   The referral was noted on the child’s own record, which keeps one case open at a time.',
        'Recorded 1 command (3 events).',
        '',
      ].join('\n'),
    );
    // The referral and the views in the case's stream, and the referral started in the child's own stream (decision 40).
    expect(await eventCount()).toBe(3);
    // The read models catch up with what was recorded: the case waits for its first discussion.
    const agenda = JSON.parse((await runIn(folder, ['agenda', '--district', 'stafford', '--meeting', '2025/26:1', '--json'])).stdout) as { agenda: { firstDiscussions: Array<{ caseId: string }> } };
    expect(agenda.agenda.firstDiscussions.map((item) => item.caseId)).toEqual([caseId]);
  });

  it('records newline-delimited commands from standard input in order, as JSON for machines', async () => {
    const run = await runIn(folder, ['record', '-', '--json'], asLines(autumnMeeting));
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as RecordReport;
    expect(report.recorded.map((line) => [line.line, line.command, line.events.map((event) => event.type)])).toEqual([
      [1, 'RecordMeeting', ['MeetingHeld']],
      [2, 'Discuss', ['Discussed', 'ViewsHeard']],
      [3, 'AgreeActions', ['ActionsAgreed']],
    ]);
    expect(report.refused).toBeUndefined();
    expect(report.recorded[0]?.events[0]?.description).toBe('The Stafford hub meeting of Autumn 1 2025/26 was held on 8 October 2025, attended by 2 professionals (education, health).');
    expect(report.recorded[1]?.events[1]?.description).toBe('The family’s views were heard at the Stafford hub meeting of Autumn 1 2025/26 (in person): “Mornings are the hardest part of his day.”');
  });

  it('refuses a command the rules refuse, naming it and why, and writes nothing', async () => {
    const before = await eventCount();
    const run = await runIn(folder, ['record', '-'], JSON.stringify({ ...referral, occurredOn: '2025-10-01' }));
    expect([run.code, run.stdout]).toEqual([2, '']);
    expect(run.stderr).toBe(`send-hub: The command (Refer) was refused: The case ${caseId} was referred on 15 September 2025. A case is referred only once; a child referred again gets a new case.\nNothing was recorded.\n`);
    expect(await eventCount()).toBe(before);
  });

  it('refuses a bad field before recording anything, naming the line, the field and the value', async () => {
    const before = await eventCount();
    const lines = asLines([reviewAndGroup[0], { ...reviewAndGroup[1], conclusion: 'not-wroking' }]);
    const run = await runIn(folder, ['record', write('bad-field.ndjson', lines)]);
    expect([run.code, run.stdout]).toEqual([2, '']);
    expect(run.stderr).toContain('send-hub: Line 2 is not a valid Review command: conclusion: expected ');
    expect(run.stderr).toContain('received "not-wroking". Nothing was recorded.');
    // Line 1 was a good command, but nothing of the file is recorded while any line is bad.
    expect(await eventCount()).toBe(before);
  });

  it('refuses a line that names no command the hub records, listing those it does, and a line that is not JSON', async () => {
    const unknown = await runIn(folder, ['record', '-'], asLines([reviewAndGroup[0], { type: 'Reffer' }]));
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Line 2 has the type "Reffer", which is not a command the hub records. Nothing was recorded.');
    expect(unknown.stderr).toContain('The commands are: Refer, RecordConsent, WithdrawConsent, Discuss, AgreeActions, Review, RecordViews, EscalateToLMG, DiscussAtLMG, RecordMove, Close, RecordMeeting, CancelMeeting, RecordLMGMeeting, CancelLMGMeeting, RecordLMGThemes.');
    const broken = await runIn(folder, ['record', '-'], `${JSON.stringify(reviewAndGroup[0])}\n\n{"type": "Review",\n`);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/^send-hub: Line 3 of standard input is not JSON \(.+\)\. Nothing was recorded\./);
  });

  it('stops newline-delimited commands at the first refusal, saying what was recorded and what was not', async () => {
    const before = await eventCount();
    // The review is dated before the meeting it names was held: the rules refuse it.
    const lines = asLines([reviewAndGroup[0], { ...reviewAndGroup[1], occurredOn: '2025-12-02' }, ...reviewAndGroup.slice(2)]);
    const run = await runIn(folder, ['record', write('mid-way.ndjson', lines)]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('1. The Stafford hub meeting of Autumn 2 2025/26 was held on 3 December 2025, attended by 1 professional (education).\n');
    expect(run.stderr).toContain('send-hub: Line 2 (Review) was refused: The date 2 December 2025 is not the day the Stafford hub meeting of Autumn 2 2025/26 was held (3 December 2025).');
    expect(run.stderr).toContain('The 1 command before it (line 1) was recorded and stays recorded; nothing of line 2 was recorded; the 6 commands after it were not tried. Put it right and record from line 2 on.');
    expect(await eventCount()).toBe(before + 1);
  });

  it('records the rest of the journey: the review, escalation, a cancelled meeting, the Locality Management Group and the closure', async () => {
    const run = await runIn(folder, ['record', '-', '--json'], asLines(reviewAndGroup.slice(1)));
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout) as RecordReport;
    expect(report.recorded.map((line) => line.events.map((event) => event.type))).toEqual([
      ['Reviewed'],
      ['EscalatedToLMG'],
      ['MeetingCancelled'],
      ['LMGMeetingHeld'],
      ['DiscussedAtLMG'],
      ['LMGThemesRecorded'],
      ['CaseClosed'],
    ]);
    const replay = await runIn(folder, ['replay', caseId]);
    expect(replay.stdout).toContain('21 January 2026');
    expect(replay.stdout).toContain('Mornings are the hardest part of his day.');
  });

  it('records for the actor the access policy allows, and refuses one of another district, writing nothing', async () => {
    const before = await eventCount();
    const meeting = { type: 'RecordMeeting', meeting: { district: 'stafford', academicYear: '2025/26', halfTerm: 4 }, heldOn: '2026-03-04', attendance: [{ agency: 'education', role: 'head of inclusion' }] };
    const refused = await runIn(folder, ['record', '-', '--actor', 'officer-9,hub-coordinator,education,tamworth'], JSON.stringify(meeting));
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('send-hub: The command (RecordMeeting) was refused: ');
    expect(refused.stderr).toContain('Nothing was recorded.\nRun it as an actor the access policy allows: --actor');
    expect(await eventCount()).toBe(before);
    const allowed = await runIn(folder, ['record', '-', '--actor', 'officer-7,hub-coordinator,education,stafford'], JSON.stringify(meeting));
    expect(allowed.code).toBe(0);
    expect(allowed.stdout).toContain('The Stafford hub meeting of Spring 2 2025/26 was held on 4 March 2026');
    expect(await eventCount()).toBe(before + 1);
  });

  it('records a move of school and district within an open case: the new district\'s hub takes it, saying from where', async () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'send-hub-cli-move-'));
    try {
      expect((await runIn(elsewhere, ['record', '-'], JSON.stringify(referral))).code).toBe(0);
      const move = { type: 'RecordMove', caseId, occurredOn: '2025-09-25', school: '139015', district: 'tamworth' };
      const run = await runIn(elsewhere, ['record', '-'], JSON.stringify(move));
      expect([run.code, run.stderr]).toEqual([0, '']);
      expect(run.stdout).toBe(
        '1. Moved from Stafford to Tamworth, from school 124356 to school 139015 (Year 7); the Tamworth hub takes the case with its whole history.\nRecorded 1 command (1 event).\n',
      );
      const tamworth = await runIn(elsewhere, ['agenda', '--district', 'tamworth', '--meeting', '2025/26:1']);
      expect(tamworth.stdout).toContain('Referred on 15 September 2025, consent given; waiting for a first discussion. Moved here from the Stafford hub on 25 September 2025.');
      expect(tamworth.stdout).toContain(`Case ${caseId}`);
      const stafford = await runIn(elsewhere, ['agenda', '--district', 'stafford', '--meeting', '2025/26:1']);
      expect(stafford.stdout).toContain('0 cases to consider.');
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  it('says plainly when there is no file of commands, or nothing in it', async () => {
    const missing = await runIn(folder, ['record', 'no-such-file.ndjson']);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toContain('There is no file of commands at ');
    const empty = await runIn(folder, ['record', '-'], '\n\n');
    expect([empty.code, empty.stderr]).toEqual([2, 'send-hub: There are no commands in standard input.\nGive one command as a JSON object, or many as newline-delimited JSON: one command, a JSON object, on each line.\n']);
  });
});
