import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { BenchmarkSettings } from './support/benchmark-context';

/**
 * Runs one group in a node process of its own (the same flags as this one, so
 * --expose-gc and the TypeScript loader carry over) and returns its part of the
 * child's JSON. A process per group keeps each group's peak memory its own, and one
 * group's heap and compiled code from colouring the next one's figures.
 */
export const runGroupInChildProcess = (name: string, settings: BenchmarkSettings): Promise<unknown> =>
  new Promise((resolve, reject) => {
    const args = [
      ...process.execArgv,
      join(__dirname, 'run.ts'),
      '--in-process',
      '--only', name,
      '--events', String(settings.events),
      '--history-events', String(settings.historyEvents),
      '--rounds', String(settings.rounds),
      '--folder', settings.folder,
      ...(settings.quick ? ['--quick'] : []),
    ];
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    const output: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`The ${name} benchmarks stopped with exit code ${String(code)}; their own message is above.`));
      try {
        const document = JSON.parse(Buffer.concat(output).toString('utf8')) as { groups?: Record<string, unknown> };
        resolve(document.groups?.[name]);
      } catch (error) {
        reject(new Error(`The ${name} benchmarks printed something other than JSON: ${(error as Error).message}`));
      }
    });
  });
