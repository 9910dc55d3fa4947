import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commandNameOf } from '../src/cli-io';
import { runIn } from './support/run-in-process';

describe('the demo, the README\'s first command', () => {
  let folder: string;
  beforeAll(() => (folder = mkdtempSync(join(tmpdir(), 'send-hub-demo-'))));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('simulates, verifies, and prints the next agenda and the board summary; run again, it starts afresh', async () => {
    const args = ['demo', '--districts', 'tamworth,stafford', '--half-terms', '3', '--referrals', '6', '--district', 'stafford', '--quiet'];
    const first = await runIn(folder, args);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^Simulated 3 half terms \(Autumn 1 2025\/26 to Spring 1 2025\/26\) in 2 districts/);
    expect(first.stdout).toMatch(/Verification: every one of the [\d,]+ events decodes, obeys the rules and is in an unbroken hash chain\./);
    expect(first.stdout).toContain('The next meeting to prepare is the Stafford hub meeting of Spring 2 2025/26.');
    expect(first.stdout).toContain('Agenda for the Stafford hub meeting of Spring 2 2025/26');
    expect(first.stdout).toContain('Inclusion and SEND Partnership Board report: Staffordshire County Council, 2025/26');
    expect(existsSync(join(folder, 'send-hub-demo.sqlite'))).toBe(true);
    expect(first.stdout).toContain('The history is in send-hub-demo.sqlite. Try:\n  send-hub agenda --file send-hub-demo.sqlite --district stafford\n');
    const second = await runIn(folder, args);
    expect(second.code).toBe(0);
    expect(second.stdout).toBe(first.stdout.replace(/in [\d.]+ seconds \([\d,]+ events a second\)/, (match) => second.stdout.match(/in [\d.]+ seconds \([\d,]+ events a second\)/)?.[0] ?? match));
  });
});

describe('the commands the demo suggests', () => {
  it('are the ones the person can type: through the repository\'s scripts, pnpm send-hub', async () => {
    expect(commandNameOf({})).toBe('send-hub');
    expect(commandNameOf({ npm_lifecycle_event: 'demo', npm_config_user_agent: 'pnpm/10.34.9 npm/? node/v20.19.0 linux x64' })).toBe('pnpm send-hub');
    expect(commandNameOf({ npm_lifecycle_event: 'send-hub', npm_config_user_agent: 'npm/10.8.2 node/v20.19.0 linux x64 workspaces/false' })).toBe('npm run send-hub --');
    expect(commandNameOf({ npm_lifecycle_event: 'test', npm_config_user_agent: 'pnpm/10.34.9' })).toBe('send-hub');
    const folder = mkdtempSync(join(tmpdir(), 'send-hub-demo-name-'));
    try {
      const run = await runIn(folder, ['demo', '--districts', 'tamworth', '--half-terms', '1', '--referrals', '2', '--quiet'], '', 'pnpm send-hub');
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('  pnpm send-hub agenda --file send-hub-demo.sqlite --district tamworth\n  pnpm send-hub board --file send-hub-demo.sqlite --html board.html\n  pnpm send-hub verify --file send-hub-demo.sqlite\n');
      // Every other suggestion follows the same name: a missing file, a case id that is not there.
      const missing = await runIn(folder, ['agenda', '--district', 'tamworth', '--file', 'nowhere.sqlite'], '', 'pnpm send-hub');
      expect(missing.stderr).toContain('Run "pnpm send-hub simulate" to make one');
      const unknownCase = await runIn(folder, ['replay', '00000000-0000-4000-8000-000000000000', '--file', 'send-hub-demo.sqlite'], '', 'pnpm send-hub');
      expect(unknownCase.code).not.toBe(0);
      expect(unknownCase.stderr).toContain('"pnpm send-hub agenda --district <district>" lists the cases of a district');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('the built send-hub command', () => {
  const entryPoint = join(__dirname, '..', 'dist', 'bin', 'send-hub.js');

  it('runs as a program, with exit codes a script can rely on', () => {
    if (!existsSync(entryPoint)) throw new Error(`${entryPoint} is missing: run "pnpm build" before the tests.`);
    const version = spawnSync(process.execPath, [entryPoint, '--version'], { encoding: 'utf8' });
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toBe('0.1.0');
    const folder = mkdtempSync(join(tmpdir(), 'send-hub-entry-'));
    const missing = spawnSync(process.execPath, [entryPoint, 'verify', '--file', join(folder, 'none.sqlite')], { encoding: 'utf8' });
    rmSync(folder, { recursive: true, force: true });
    expect(missing.status).toBe(3);
    expect(missing.stderr).toContain('There is no hub file at');
  });

  it('ends quietly when the program reading its output stops early, as head does', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'send-hub-pipe-'));
    try {
      expect((await runIn(folder, ['simulate', '--districts', 'tamworth', '--half-terms', '2', '--referrals', '8', '--quiet'])).code).toBe(0);
      const child = spawn(process.execPath, [entryPoint, 'export', '--file', join(folder, 'send-hub.sqlite')], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
      // Read the first chunk, then close the pipe, as `| head -1` does.
      await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
      child.stdout.destroy();
      const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
      expect([code, stderr]).toEqual([0, '']);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
