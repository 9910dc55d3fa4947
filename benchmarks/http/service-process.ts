import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import type { SignOnService } from './sign-on-token';

const repository = join(__dirname, '..', '..');

export interface ServiceProcess {
  readonly url: string;
  /** Sends SIGTERM, waits for the service to close and dispose the hub; gives the store's last position and how many 500s it logged. */
  stop(): Promise<{ readonly headPosition: bigint; readonly internalErrors: number }>;
}

const jsonLines = (child: ChildProcessWithoutNullStreams): (() => Promise<Record<string, unknown>>) => {
  const waiting: Array<(line: Record<string, unknown>) => void> = [];
  const ready: Array<Record<string, unknown>> = [];
  let pending = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines.filter((text) => text.trim() !== '')) {
      const value = JSON.parse(line) as Record<string, unknown>;
      const taker = waiting.shift();
      if (taker === undefined) ready.push(value);
      else taker(value);
    }
  });
  return () =>
    new Promise((resolve, reject) => {
      const value = ready.shift();
      if (value !== undefined) return resolve(value);
      waiting.push(resolve);
      child.once('close', (code, signal) => reject(new Error(`The hub service stopped (${String(code ?? signal)}) before saying what was asked; its messages are above.`)));
    });
};

/** Starts benchmarks/http/serve-hub.ts ("memory", or "sqlite" on `file`) and waits until it listens. */
export const startServiceProcess = async (kind: 'memory' | 'sqlite', file: string, signOn: SignOnService): Promise<ServiceProcess> => {
  const child = spawn(process.execPath, ['--require', join(repository, 'scripts', 'register-typescript.js'), join(__dirname, 'serve-hub.ts'), kind, file], {
    env: { ...process.env, SEND_HUB_TOKEN_SECRET: signOn.secret, SEND_HUB_TOKEN_ISSUER: signOn.issuer, SEND_HUB_TOKEN_AUDIENCE: signOn.audience },
  });
  child.stderr.pipe(process.stderr);
  const nextLine = jsonLines(child);
  const { url } = await nextLine();
  if (typeof url !== 'string') throw new Error('The hub service did not say where it listens.');
  return {
    url,
    stop: async () => {
      const closed = new Promise<void>((resolve) => child.once('close', () => resolve()));
      child.kill('SIGTERM');
      const { headPosition, internalErrors } = await nextLine();
      await closed;
      return { headPosition: BigInt(String(headPosition)), internalErrors: Number(internalErrors) };
    },
  };
};
