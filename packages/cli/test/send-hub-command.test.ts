import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runIn } from './support/run-in-process';

// One small simulated district, shared by the tests in order: each command as a person would use it.
describe('the send-hub command line', () => {
  let folder: string;
  const small = ['--districts', 'tamworth,lichfield', '--half-terms', '4', '--referrals', '5', '--seed', 'command line tests', '--quiet'];
  let caseId = '';

  beforeAll(() => (folder = mkdtempSync(join(tmpdir(), 'send-hub-cli-'))));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('simulates into a new SQLite file, and refuses to mix a second simulation into it', async () => {
    const run = await runIn(folder, ['simulate', ...small]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/events/);
    // Labels inside a sentence keep the capitals of the names they hold.
    expect(run.stdout).toMatch(/Closures: .*, \d+ passed to the Locality Management Group, /);
    // Every closure counted once, the hub's by reason and the group's outcomes, as the board's "Cases closed" counts them.
    const closures = /Closures: ([\d,]+) cases closed\. By the hub: ([^.]+)\. By the Locality Management Group’s outcome: ([\d,]+)\./.exec(run.stdout);
    expect(closures).not.toBeNull();
    const [, total, byHub, byGroup] = closures ?? [];
    const figure = (text: string | undefined) => Number((text ?? '').replaceAll(',', ''));
    const hubClosures = (byHub ?? '').split(', ').map((part) => figure(part.split(' ')[0]));
    expect(hubClosures).toHaveLength(5);
    expect(figure(total)).toBe(hubClosures.reduce((sum, closed) => sum + closed, figure(byGroup)));
    expect(existsSync(join(folder, 'send-hub.sqlite'))).toBe(true);
    expect(existsSync(join(folder, 'send-hub.sqlite.keys'))).toBe(true);
    const again = await runIn(folder, ['simulate', ...small]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists');
    expect(again.stderr).toContain('--replace');
  });

  it('prints the next agenda of a district for people, and as JSON', async () => {
    const run = await runIn(folder, ['agenda', '--district', 'Tamworth', '--quiet']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Agenda for the Tamworth hub meeting of /);
    expect(run.stdout).toContain('Actions overdue for review');
    expect(run.stdout).toContain('for consent on');
    const json = JSON.parse((await runIn(folder, ['agenda', '--district', 'tamworth', '--meeting', '2025/26:3', '--json'])).stdout) as {
      agenda: { meeting: unknown; firstDiscussions: Array<{ caseId: string }>; reviewsDue: Array<{ caseId: string }> };
    };
    expect(json.agenda.meeting).toEqual({ district: 'tamworth', academicYear: '2025/26', halfTerm: 3 });
    caseId = (json.agenda.reviewsDue[0] ?? json.agenda.firstDiscussions[0])?.caseId ?? '';
    expect(caseId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('prints the county board summary, suppressed by default, and writes the HTML page', async () => {
    const run = await runIn(folder, ['board', '--html', 'board.html', '--quiet']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Inclusion and SEND Partnership Board report: Staffordshire County Council, 2025/26');
    expect(run.stdout).toContain('[c] marks a figure withheld');
    expect(readFileSync(join(folder, 'board.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/i);
    const open = await runIn(folder, ['board', '--district', 'lichfield', '--no-suppress', '--json']);
    const report = JSON.parse(open.stdout) as { suppressed: boolean; district: string; measures: unknown[]; tables: Array<{ key: string }>; reviewedAtNextMeeting: { share: string } };
    expect(report).toMatchObject({ suppressed: false, district: 'lichfield' });
    // Referrals, consents, first discussions, reviews, escalations, the group's discussions, closures, needs met, re-referrals, moves in, moves out, moves of school.
    expect(report.measures).toHaveLength(12);
    expect(report.tables.map((table) => table.key)).toEqual(['referrals-by-phase-and-year-group', 'referrals-by-school', 'reviewed-at-next-meeting']);
    expect(report.reviewedAtNextMeeting.share).toMatch(/^\d+\.\d%$|^\[z\]$/);
    const full = await runIn(folder, ['board', '--full', '--quiet']);
    expect(full.stdout).toContain('Referrals by phase of education and year group, Staffordshire County Council, 2025/26');
    expect(full.stdout).toContain('Agreed actions reviewed at the next meeting held:');
  });

  it('says so when the year asked for holds no records, as a mistyped year would', async () => {
    const empty = await runIn(folder, ['board', '--year', '2030/31', '--quiet']);
    expect(empty.code).toBe(0);
    expect(empty.stdout).toContain('Inclusion and SEND Partnership Board report: Staffordshire County Council, 2030/31');
    expect(empty.stderr).toBe('Note: the hub holds no referral or meeting in 2030/31, so every figure of its report is 0. The years it has figures for: 2025/26.\n');
    const recorded = await runIn(folder, ['board', '--year', '2025/26', '--quiet']);
    expect(recorded.stderr).toBe('');
  });

  it('writes the board figures and the agenda as CSV files for spreadsheets, withheld figures as [c]', async () => {
    const county = await runIn(folder, ['board', '--csv', 'board.csv', '--quiet']);
    expect(county.code).toBe(0);
    const lines = readFileSync(join(folder, 'board.csv'), 'utf8').split('\r\n');
    expect(lines[0]).toBe('Academic year,Place,Table,Row heading,Row,Column,Figure');
    const places = new Set(lines.slice(1, -1).map((line) => line.split(',')[1]));
    expect(places).toEqual(new Set(['Staffordshire County Council', ...['Cannock Chase', 'East Staffordshire', 'Lichfield', 'Newcastle-under-Lyme', 'South Staffordshire', 'Stafford', 'Staffordshire Moorlands', 'Tamworth'].map((name) => `${name} district`)]));
    const tamworthBySchool = lines.filter((line) => line.startsWith('2025/26,Tamworth district,"Referrals by school, Tamworth district, 2025/26",School,'));
    expect(tamworthBySchool.some((line) => line.endsWith(',Referrals,[c]'))).toBe(true);
    // The district's total is shown: its schools' small counts are protected by other schools' figures.
    expect(tamworthBySchool.find((line) => line.includes(',School,Total,Referrals,'))).toMatch(/,Total,Referrals,\d+$/);
    expect(lines.some((line) => line.startsWith('2025/26,Lichfield district,"Agreed actions reviewed at the next meeting held, Lichfield district, 2025/26",District,Lichfield,'))).toBe(true);
    // Unsuppressed, for one district: that district's figures alone.
    const open = await runIn(folder, ['board', '--district', 'lichfield', '--no-suppress', '--csv', 'lichfield.csv', '--quiet']);
    expect(open.code).toBe(0);
    const openLines = readFileSync(join(folder, 'lichfield.csv'), 'utf8').trimEnd().split('\r\n').slice(1);
    expect(new Set(openLines.map((line) => line.split(',')[1]))).toEqual(new Set(['Lichfield district']));
    expect(openLines.some((line) => line.endsWith(',[c]'))).toBe(false);

    const agenda = await runIn(folder, ['agenda', '--district', 'tamworth', '--meeting', '2025/26:3', '--csv', 'agenda.csv', '--quiet']);
    expect(agenda.code).toBe(0);
    const rows = readFileSync(join(folder, 'agenda.csv'), 'utf8').trimEnd().split('\r\n');
    expect(rows[0]).toBe('Meeting,List,Child,Child reference,Year group,School,Primary need,Provision,Referred on,Why listed,Actions,Case');
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows.slice(1)) expect(row).toMatch(/^The Tamworth hub meeting of Spring 1 2025\/26,(First discussion|Review due|Review due \(overdue\)|Waiting for the Locality Management Group|Action overdue for review|Waiting 14 days or more for consent),/);
    expect(agenda.stdout).toMatch(/^Agenda for the Tamworth hub meeting of Spring 1 2025\/26/);
  });

  it('replays a case as one timeline, as of a business date', async () => {
    const run = await runIn(folder, ['replay', caseId]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`History of case ${caseId}: everything recorded.`);
    expect(run.stdout).toMatch(/1\. .*: Referred to the hub/);
    const early = await runIn(folder, ['replay', caseId, '--as-of', '2025-09-01']);
    expect(early.stdout).toContain('what had happened by 1 September 2025');
  });

  it('tells a child’s story across their cases, as of either kind, as text and as JSON', async () => {
    const replayed = JSON.parse((await runIn(folder, ['replay', caseId, '--json'])).stdout) as { steps: Array<{ event: { referral: { childReference: string } }; recordedAt: string }> };
    const child = replayed.steps[0]?.event.referral.childReference ?? '';
    const run = await runIn(folder, ['story', child]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^The story of .* \\(child reference ${child}\\): everything recorded\\.`));
    expect(run.stdout).toContain(`case ${caseId}, referred on `);
    expect(run.stdout).toMatch(/1\. .*: Referred to the hub/);
    const json = JSON.parse((await runIn(folder, ['story', child, '--json'])).stdout) as { childReference: string; cases: Array<{ caseId: string }>; steps: unknown[] };
    expect(json.childReference).toBe(child);
    expect(json.cases.map((told) => told.caseId)).toContain(caseId);
    const referredAt = replayed.steps[0]?.recordedAt ?? '';
    const known = JSON.parse((await runIn(folder, ['story', child, '--as-known-at', referredAt, '--json'])).stdout) as { steps: unknown[]; asOf: unknown };
    expect(known.asOf).toEqual({ recordedAt: referredAt });
    expect(known.steps.length).toBeGreaterThan(0);
    expect(known.steps.length).toBeLessThanOrEqual(json.steps.length);
    const unknown = await runIn(folder, ['story', child, '--as-known-at', '2020-01-01T00:00:00Z']);
    expect(unknown.stderr).toContain(`The hub had no case of the child ${child} by then.`);
    const early = await runIn(folder, ['story', child, '--as-of', '2020-01-01']);
    expect(early.code).toBe(2);
    expect(early.stderr).toContain(`The hub had no case of the child ${child} by then.`);
    const bad = await runIn(folder, ['story', 'no good']);
    expect(bad.stderr).toContain('"no good" is not a child reference');
  });

  it('verifies the history, and checks published heads', async () => {
    const run = await runIn(folder, ['verify', '--json']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { verified: boolean; headHash: string; headPosition: string };
    expect(report.verified).toBe(true);
    const published = await runIn(folder, ['verify', '--publish-head', 'heads.json']);
    expect(published.stdout).toContain(`Published the head up to position ${report.headPosition} in ${join(folder, 'heads.json')}, signed with the sealing key.`);
    expect(JSON.parse(readFileSync(join(folder, 'heads.json'), 'utf8'))).toEqual([{ position: report.headPosition, headHash: report.headHash, seal: { keyId: expect.stringMatching(/^hub-sealing-key-1\.[0-9a-f]{16}$/), mac: expect.any(String) } }]);
    expect((await runIn(folder, ['verify', '--published-heads', 'heads.json'])).code).toBe(0);
    // A head without the sealing key's signature could have been made up along with a forged history.
    writeFileSync(join(folder, 'unsigned-heads.json'), JSON.stringify([{ position: report.headPosition, headHash: report.headHash }]));
    const unsigned = await runIn(folder, ['verify', '--published-heads', 'unsigned-heads.json']);
    expect(unsigned.code).toBe(1);
    expect(unsigned.stdout).toContain(`The head published for position ${report.headPosition} is not signed`);
    writeFileSync(join(folder, 'wrong-heads.json'), JSON.stringify([{ position: report.headPosition, headHash: 'f'.repeat(64) }]));
    const wrong = await runIn(folder, ['verify', '--published-heads', 'wrong-heads.json']);
    expect(wrong.code).toBe(1);
    expect(wrong.stdout).toContain('not the published');
  });

  it('exports, imports into a new file, and refuses a tampered export at its first bad line', async () => {
    expect((await runIn(folder, ['export', '--out', 'history.ndjson'])).stdout).toMatch(/^Exported [\d,]+ events to /);
    const imported = await runIn(folder, ['import', 'history.ndjson', '--file', 'copy.sqlite']);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/^Imported [\d,]+ events in [\d,]+ streams; the hash chain verified/);
    const lines = readFileSync(join(folder, 'history.ndjson'), 'utf8').trimEnd().split('\n');
    const [deleted] = lines.splice(2, 1);
    writeFileSync(join(folder, 'tampered.ndjson'), `${lines.join('\n')}\n`);
    const refused = await runIn(folder, ['import', 'tampered.ndjson', '--file', 'tampered-copy.sqlite']);
    expect(refused.code).toBe(1);
    // Each stream's events are chained: the gap shows at the next line of the deleted event's stream.
    const streamOf = (line: string | undefined): unknown => (JSON.parse(line ?? '{}') as { streamId?: unknown }).streamId;
    const firstBadLine = lines.findIndex((line, index) => index >= 2 && streamOf(line) === streamOf(deleted)) + 1;
    expect(firstBadLine).toBeGreaterThan(2);
    expect(refused.stdout).toMatch(new RegExp(`^Refused: Line ${firstBadLine}: `));
    expect(refused.stdout).toContain('Nothing was imported.');
    // The hub the refused import made is gone again: no empty hub is left behind.
    expect(['tampered-copy.sqlite', 'tampered-copy.sqlite.keys', 'tampered-copy.sqlite.read-models', 'tampered-copy.sqlite.access-log'].filter((name) => existsSync(join(folder, name)))).toEqual([]);
    // Into a hub that was there before, a refused import removes nothing.
    const intoExisting = await runIn(folder, ['import', 'tampered.ndjson', '--file', 'copy.sqlite']);
    expect(intoExisting.code).toBe(1);
    expect(existsSync(join(folder, 'copy.sqlite'))).toBe(true);
    expect(existsSync(join(folder, 'copy.sqlite.keys'))).toBe(true);
  });

  it('forgets a child: the timeline shows the personal fields erased and the history still verifies', async () => {
    const json = JSON.parse((await runIn(folder, ['export', '--case', caseId])).stdout.split('\n')[0] ?? '{}') as { data: { referral: { childReference: string } } };
    const child = json.data.referral.childReference;
    const run = await runIn(folder, ['forget', child, '--by', 'Data protection officer', '--reason', 'Retention period ended', '--on', '2026-07-20', '--quiet']);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain(`The personal data of ${child} is erased`);
    expect((await runIn(folder, ['replay', caseId])).stdout).toContain('whose personal details have been erased');
    expect((await runIn(folder, ['verify'])).code).toBe(0);
    const again = await runIn(folder, ['forget', child, '--by', 'Data protection officer', '--reason', 'Again']);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already erased');
  });

  it('rebuilds the read models and says how fast', async () => {
    const run = await runIn(folder, ['rebuild', '--quiet']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Rebuilt the district and board read models from [\d,]+ events in [\d.]+ seconds/);
  });

  it('says what was wrong and what to do, with a non-zero exit code', async () => {
    const missing = await runIn(folder, ['agenda', '--district', 'tamworth', '--file', 'nowhere.sqlite']);
    expect(missing).toMatchObject({ code: 3 });
    expect(missing.stderr).toContain('There is no hub file at');
    expect(missing.stderr).toContain('send-hub simulate');
    const district = await runIn(folder, ['agenda', '--district', 'atlantis']);
    expect(district.code).toBe(2);
    expect(district.stderr).toContain('There is no district "atlantis" in Staffordshire County Council.');
    expect(district.stderr).toContain('tamworth (Tamworth)');
    const meeting = await runIn(folder, ['agenda', '--district', 'tamworth', '--meeting', 'next Tuesday']);
    expect(meeting.stderr).toContain('for example --meeting 2025/26:3');
    const date = await runIn(folder, ['replay', caseId, '--as-of', '31/12/2025']);
    expect(date.stderr).toContain('The date given to --as-of "31/12/2025" is not valid');
    const unknownCase = await runIn(folder, ['replay', '00000000-0000-4000-8000-000000000000']);
    expect(unknownCase.code).toBe(2);
    expect(unknownCase.stderr).toContain('There is no case');
    const unknownCommand = await runIn(folder, ['agendas']);
    expect(unknownCommand.code).toBe(2);
    expect(unknownCommand.stderr).toContain("unknown command 'agendas'");
    const firstYear = await runIn(folder, ['simulate', '--file', 'another.sqlite', '--first-year', '2025']);
    expect([firstYear.code, firstYear.stderr]).toEqual([2, 'send-hub: The academic year given to --first-year "2025" is not valid: expected an academic year written like 2025/26.\nFor example: --first-year 2025/26\n']);
    const missingOption = await runIn(folder, ['agenda']);
    expect(missingOption.stderr).toContain("required option '--district <district>' not specified");
    // A file the person named is missing, a folder, or not JSON: said in words, never as the system's error code.
    const heads = await runIn(folder, ['verify', '--published-heads', 'no-heads.json']);
    expect([heads.code, heads.stderr]).toEqual([3, `send-hub: There is no published heads file at ${join(folder, 'no-heads.json')}.\n`]);
    const policyFolder = await runIn(folder, ['agenda', '--district', 'tamworth', '--access-policy', '.']);
    expect([policyFolder.code, policyFolder.stderr]).toEqual([3, `send-hub: ${folder} is a folder, not the access policy file.\n`]);
    writeFileSync(join(folder, 'policy.json'), '{ "roles": ');
    const notJson = await runIn(folder, ['agenda', '--district', 'tamworth', '--access-policy', 'policy.json']);
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toMatch(/^send-hub: The access policy file at .+policy\.json is not JSON \(.+\)\.\n$/);
  });

  it('has help for every command', async () => {
    const help = await runIn(folder, ['--help']);
    expect(help.code).toBe(0);
    for (const command of ['demo', 'simulate', 'agenda', 'board', 'replay', 'verify', 'export', 'import', 'forget', 'rebuild']) {
      expect(help.stdout).toContain(command);
      const own = await runIn(folder, [command, '--help']);
      expect(own.code).toBe(0);
      expect(own.stdout).toContain(`Usage: send-hub ${command}`);
    }
  });
});
