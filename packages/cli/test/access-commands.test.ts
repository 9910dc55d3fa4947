import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runIn } from './support/run-in-process';

interface ReplayedCase {
  readonly steps: ReadonlyArray<{ readonly event: { readonly type: string; readonly referral?: { readonly childReference: string; readonly district: string; readonly personal: { readonly childName: string } } } }>;
}

// One small simulated county, shared by the tests in order, read as different people would.
describe('the command line under the access policy', () => {
  let folder: string;
  let caseId = '';
  let childReference = '';
  let childName = '';
  let district = '';
  const small = ['--districts', 'tamworth,lichfield', '--half-terms', '2', '--referrals', '3', '--seed', 'access tests', '--quiet'];

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'send-hub-cli-access-'));
    expect((await runIn(folder, ['simulate', ...small])).code).toBe(0);
    const agenda = JSON.parse((await runIn(folder, ['agenda', '--district', 'tamworth', '--meeting', '2025/26:2', '--json'])).stdout) as { agenda: { firstDiscussions: Array<{ caseId: string }>; reviewsDue: Array<{ caseId: string }> } };
    caseId = (agenda.agenda.reviewsDue[0] ?? agenda.agenda.firstDiscussions[0])?.caseId ?? '';
    const replayed = JSON.parse((await runIn(folder, ['replay', caseId, '--json'])).stdout) as ReplayedCase;
    const referral = replayed.steps[0]?.event.referral;
    childReference = referral?.childReference ?? '';
    childName = referral?.personal.childName ?? '';
    district = referral?.district ?? '';
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('refuses a case of another district, and a board member, printing nothing of the record', async () => {
    expect(district).toBe('tamworth');
    for (const actor of ['officer-9,hub-coordinator,education,lichfield', 'board-1,board-member,other']) {
      const run = await runIn(folder, ['replay', caseId, '--actor', actor]);
      expect([run.code, run.stdout]).toEqual([2, '']);
      expect(run.stderr).toContain('may not read a child’s case record');
      expect(run.stderr).toContain('--actor id,role,agency');
      expect(run.stderr).not.toContain(childName);
    }
    const bad = await runIn(folder, ['replay', caseId, '--actor', 'officer-9']);
    expect(bad.stderr).toContain('--actor (or SEND_HUB_ACTOR) must be written id,role,agency');
  });

  it('logs a read by the district’s coordinator with why, and lists it with access-log', async () => {
    const read = await runIn(folder, ['replay', caseId, '--actor', 'officer-7,hub-coordinator,education,tamworth', '--purpose', 'to prepare the Autumn 2 meeting']);
    expect(read.code).toBe(0);
    expect(read.stdout).toContain(childName);
    const log = await runIn(folder, ['access-log', '--child', childReference]);
    expect(log.code).toBe(0);
    expect(log.stdout).toContain(`Who has read the record of ${childReference}`);
    expect(log.stdout).toMatch(/\n\d\. .+ \(entry \d+ of the access log\): officer-7, Hub coordinator \(Effective Practice Development Officer\), read a child’s case record/);
    expect(log.stdout).toContain('Why: to prepare the Autumn 2 meeting');
    // The purpose the agenda gives when none is given names the district in words.
    expect(log.stdout).toContain('Why: to prepare the agenda of the Tamworth hub');
    const refused = await runIn(folder, ['access-log', '--child', childReference, '--actor', 'officer-7,hub-coordinator,education,tamworth']);
    expect(refused.code).toBe(2);
  });

  it('writes the subject access page, and verify checks the access log with the events', async () => {
    const run = await runIn(folder, ['subject-access', '--child', childReference, '--html', 'family.html', '--purpose', 'a request from the family']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Wrote what the hub holds about .* \(1 case, \d+ reads of the record\)/);
    const page = readFileSync(join(folder, 'family.html'), 'utf8');
    expect(page).toContain('Who has read the record');
    expect(page).toContain('a request from the family');
    const verify = await runIn(folder, ['verify']);
    expect(verify.code).toBe(0);
    expect(verify.stdout).toMatch(/Access log: all \d+ entries are in order, chained and unchanged\./);
  });
});
