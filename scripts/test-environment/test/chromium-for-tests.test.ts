import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const repository = resolve(__dirname, '..', '..', '..');

/** Asks for Chromium in a child process whose PATH finds no browser and no apt-get, as on a machine without them. */
const askWithoutBrowser = (ci: string | undefined) => {
  const temporary = mkdtempSync(join(tmpdir(), 'send-hub-no-browser-'));
  try {
    const script = `const { chromiumForTests } = require('./scripts/test-environment/chromium-for-tests.ts');
      try { console.log(JSON.stringify(chromiumForTests('The example browser test'))); } catch (error) { console.log(JSON.stringify({ thrown: error.message })); }`;
    const env: NodeJS.ProcessEnv = { PATH: join(temporary, 'empty'), TMPDIR: temporary, HOME: temporary };
    if (ci !== undefined) env['CI'] = ci;
    const child = spawnSync(process.execPath, ['--require', './scripts/register-typescript.js', '-e', script], { cwd: repository, env, encoding: 'utf8' });
    expect(child.stderr).toBe('');
    return JSON.parse(child.stdout) as { kind?: string; reason?: string; thrown?: string };
  } finally {
    rmSync(temporary, { recursive: true, force: true });
  }
};

describe('finding Chromium for the browser tests', () => {
  it('skips with one line that says how to run the test, outside continuous integration', () => {
    const answer = askWithoutBrowser(undefined);
    expect(answer.kind).toBe('missing');
    expect(answer.reason).toMatch(/^The example browser test was skipped: Chromium is not installed; .*apt-get install -y --no-install-recommends chromium.*, then run `pnpm test` again\.$/);
    expect(answer.reason).not.toContain('\n');
  });

  it('fails instead of skipping when CI=true', () => {
    const answer = askWithoutBrowser('true');
    expect(answer.kind).toBeUndefined();
    expect(answer.thrown).toContain('The example browser test was skipped: Chromium is not installed');
    expect(answer.thrown).toContain('In continuous integration (CI=true) a missing browser is a failure.');
  });

  it('treats CI=false as not continuous integration', () => {
    expect(askWithoutBrowser('false').kind).toBe('missing');
  });
});
