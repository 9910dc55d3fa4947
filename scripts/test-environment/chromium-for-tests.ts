import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inContinuousIntegration } from './continuous-integration';

/** Chromium for a browser test: its path, or why the test is skipped. */
export type ChromiumForTests = { readonly kind: 'found'; readonly path: string } | { readonly kind: 'missing'; readonly reason: string };

export const installCommand = 'apt-get install -y --no-install-recommends chromium';

const onPath = (): string | undefined => {
  try {
    const found = execFileSync('/bin/sh', ['-c', 'command -v chromium || command -v chromium-browser'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return found.trim().split('\n')[0] || undefined;
  } catch {
    return undefined;
  }
};

const canInstall = (): boolean => process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');

const sleep = (milliseconds: number): void => {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, milliseconds);
};

// Two test files may ask at once, each in its own worker: one installs while the other waits for it.
const installLock = join(tmpdir(), 'send-hub-chromium-install.lock');
const lockGivenUpAfter = 20 * 60_000;

const withInstallLock = (install: () => void): void => {
  const started = Date.now();
  for (;;) {
    try {
      mkdirSync(installLock);
      break;
    } catch {
      if (onPath() !== undefined) return;
      const age = Date.now() - (existsSync(installLock) ? statSync(installLock).mtimeMs : Date.now());
      if (age > lockGivenUpAfter) rmSync(installLock, { recursive: true, force: true });
      if (Date.now() - started > lockGivenUpAfter) return;
      sleep(1_000);
    }
  }
  try {
    if (onPath() === undefined) install();
  } finally {
    rmSync(installLock, { recursive: true, force: true });
  }
};

const installFromDebian = (): string | undefined => {
  const run = (args: ReadonlyArray<string>) =>
    execFileSync('apt-get', args, { stdio: 'ignore', timeout: 15 * 60_000, env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  try {
    withInstallLock(() => {
      run(['update', '-qq']);
      run(['install', '-y', '-qq', '--no-install-recommends', '-o', 'DPkg::Lock::Timeout=600', 'chromium']);
    });
  } catch {
    // What went wrong is said by the caller's reason: the browser is still missing.
  }
  return onPath();
};

/**
 * Finds Chromium for a browser test, installing Debian's package first where this
 * process may (as root, with apt-get), so the README's test command runs the browser
 * tests on a fresh machine. Where it cannot, the test is skipped with a reason that
 * says how to run it; in continuous integration a missing browser fails instead.
 */
export const chromiumForTests = (test: string): ChromiumForTests => {
  const path = onPath() ?? (canInstall() ? installFromDebian() : undefined);
  if (path !== undefined) return { kind: 'found', path };
  const how = canInstall() ? `installing it with \`${installCommand}\` failed` : `install it with \`${installCommand}\` (as root)`;
  const reason = `${test} was skipped: Chromium is not installed; ${how}, then run \`pnpm test\` again.`;
  if (inContinuousIntegration()) throw new Error(`${reason} In continuous integration (CI=true) a missing browser is a failure.`);
  return { kind: 'missing', reason };
};
