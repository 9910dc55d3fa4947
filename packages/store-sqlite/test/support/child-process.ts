import { spawn, spawnSync, type ChildProcessWithoutNullStreams, type SpawnOptionsWithoutStdio } from 'node:child_process';
import { join } from 'node:path';

const fixtures = join(__dirname, '..', 'fixtures');

/** Node's arguments to run the TypeScript file at `path` straight from source. */
const nodeArgumentsFor = (path: string, scriptArguments: ReadonlyArray<string>): string[] => [
  '--require',
  join(__dirname, '..', '..', '..', '..', 'scripts', 'register-typescript.js'),
  path,
  ...scriptArguments,
];

/** Node's arguments to run the TypeScript fixture `script` straight from source. */
const nodeArguments = (script: string, scriptArguments: ReadonlyArray<string>): string[] => nodeArgumentsFor(join(fixtures, script), scriptArguments);

/** Starts `node <path> ...arguments` for a TypeScript file anywhere in the repository, with piped standard streams. */
export const startTypeScript = (path: string, scriptArguments: ReadonlyArray<string>): ChildProcessWithoutNullStreams =>
  spawn(process.execPath, nodeArgumentsFor(path, scriptArguments));

/** Starts `node fixtures/<script> ...arguments` with piped standard streams. */
export const startFixture = (
  script: string,
  scriptArguments: ReadonlyArray<string>,
  options: SpawnOptionsWithoutStdio = {},
): ChildProcessWithoutNullStreams => spawn(process.execPath, nodeArguments(script, scriptArguments), options);

const runningAsRoot = process.getuid?.() === 0;
const hasSetpriv = (): boolean => spawnSync('setpriv', ['--version']).status === 0;

/**
 * Starts a fixture so that file permissions apply to it. They do not bind root, and
 * tests may run as root: then the child runs as root without the capabilities that
 * override permissions (util-linux `setpriv`, which keeps access to a checkout readable
 * only by root), or, where `setpriv` is missing, as the user "nobody".
 */
export const startFixtureWithoutPrivileges = (
  script: string,
  scriptArguments: ReadonlyArray<string>,
): ChildProcessWithoutNullStreams => {
  if (!runningAsRoot) return startFixture(script, scriptArguments);
  if (!hasSetpriv()) return startFixture(script, scriptArguments, { uid: 65534, gid: 65534 });
  const dropped = '--bounding-set=-dac_override,-dac_read_search,-fowner';
  return spawn('setpriv', [dropped, process.execPath, ...nodeArguments(script, scriptArguments)]);
};

/** Everything the child printed once it exits, with its exit code (or killing signal). */
export const finished = (
  child: ChildProcessWithoutNullStreams,
): Promise<{ stdout: string; stderr: string; code: number | null; signal: NodeJS.Signals | null }> =>
  new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ stdout, stderr, code, signal }));
  });

/** Resolves at the first line the child prints on stdout that satisfies `test`. */
export const lineMatching = (child: ChildProcessWithoutNullStreams, test: (line: string) => boolean): Promise<string> =>
  new Promise((resolve, reject) => {
    let pending = '';
    const onData = (chunk: Buffer | string): void => {
      pending += String(chunk);
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      const found = lines.find(test);
      if (found !== undefined) {
        child.stdout.off('data', onData);
        resolve(found);
      }
    };
    child.stdout.on('data', onData);
    child.on('close', () => reject(new Error('The child process ended before printing the expected line.')));
  });
