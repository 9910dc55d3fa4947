import { join } from 'node:path';
import type { BenchmarkSettings } from './support/benchmark-context';
import { jsonOfChildProcess } from './support/json-of-child-process';

/**
 * Runs one group in a node process of its own (the same flags as this one, so
 * --expose-gc and the TypeScript loader carry over) and returns its part of the
 * child's JSON. A process per group keeps each group's peak memory its own, and one
 * group's heap and compiled code from colouring the next one's figures.
 */
export const runGroupInChildProcess = async (name: string, settings: BenchmarkSettings): Promise<unknown> => {
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
  const document = (await jsonOfChildProcess(args, `The ${name} benchmarks`)) as { groups?: Record<string, unknown> } | null;
  const result = document?.groups?.[name];
  if (result === undefined) throw new Error(`The ${name} benchmarks' process printed no result for the group.`);
  return result;
};
