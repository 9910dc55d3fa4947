import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { caseId, recordAndExport, type RecordedHistory } from './recorded-history';

const exampleFolder = join(__dirname, '..');

/** Runs the script as an auditor would (pnpm start), offline, bounded in time. */
const runScript = (...args: string[]) => {
  const run = spawnSync(process.execPath, ['--require', '../../scripts/register-typescript.js', 'src/audit-export.ts', ...args], { cwd: exampleFolder, encoding: 'utf8', timeout: 30_000 });
  return { code: run.status, output: `${run.stdout}${run.stderr}` };
};

describe('the audit-export script', () => {
  let folder: string;
  let history: RecordedHistory;
  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'send-hub-auditor-script-'));
    history = await recordAndExport(folder);
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('exits 0 on a clean export and prints the case', () => {
    const { code, output } = runScript(history.file, '--head', history.headHash, '--case', caseId, '--on', '2025-10-31');
    expect(output).toContain('Verified: 8 events in 5 streams, no problems found.');
    expect(output).toContain('what had happened by 31 October 2025');
    expect(code).toBe(0);
  });

  it('exits 1 on a tampered export, naming the line', () => {
    const lines = readFileSync(history.file, 'utf8').trimEnd().split('\n');
    // The referral's line (after the line that started it on the child's stream).
    const referral = lines.findIndex((line) => line.includes('"yearGroup":"Y9"'));
    lines[referral] = (lines[referral] ?? '').replace('"yearGroup":"Y9"', '"yearGroup":"Y10"');
    const tampered = join(folder, 'tampered.ndjson');
    writeFileSync(tampered, `${lines.join('\n')}\n`);
    const { code, output } = runScript(tampered);
    expect(output).toContain(`Line ${referral + 1}: The event at revision 0 of`);
    expect(code).toBe(1);
  });

  it('exits 2 with the usage when asked wrongly', () => {
    const { code, output } = runScript('--case', 'not-a-case', history.file);
    expect(output).toContain('The case must be a case id (a lower-case UUID), but was "not-a-case".');
    expect(output).toContain('Usage: audit-export <export file>');
    expect(code).toBe(2);
  });
});
