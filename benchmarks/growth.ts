import { join } from 'node:path';
import type { SizeFigures } from './growth/size-figures';
import type { BenchmarkContext } from './support/benchmark-context';
import { jsonOfChildProcess } from './support/json-of-child-process';
import { check, groupResult, type Check, type GroupResult } from './support/benchmark-result';

/**
 * Runs one size in a node process of its own and reads its line of JSON. The flags are
 * named rather than copied from this process, which may be a test runner's.
 */
const measureSize = async (events: number): Promise<SizeFigures> => {
  const loader = join(__dirname, '..', 'scripts', 'register-typescript.js');
  const args = ['--expose-gc', '--require', loader, join(__dirname, 'growth', 'measure-one-size.ts'), String(events)];
  return (await jsonOfChildProcess(args, `Measuring ${events} events`)) as SizeFigures;
};

const inWords = (events: number): string => (events >= 1_000_000 ? `${events / 1_000_000}M` : events >= 1_000 ? `${events / 1_000}k` : String(events));

/** The cost per event at the largest size must stay within a fifth of its cost at the next size down. */
const flatGoal = { on: 'ratio', atLeast: 0.8, text: 'flat per event: at least 0.8 of the rate at the next size down' } as const;

/**
 * Issue 16: what the in-memory hub costs as its history grows. At each size the seeded
 * simulation records a county through openInMemoryHub (read models following), then the
 * read models are rebuilt from the first event; each size runs once, in a process of its
 * own, so its peak memory is its own.
 */
export const growth = async (context: BenchmarkContext): Promise<GroupResult> => {
  const sizes = context.settings.quick ? [300, 600] : [10_000, 100_000, 1_000_000];
  const measured: SizeFigures[] = [];
  for (const events of sizes) {
    context.say(`growth: recording and rebuilding about ${inWords(events)} events…`);
    measured.push(await measureSize(events));
  }
  const perSize = measured.flatMap((figures, index): Check[] => {
    const name = inWords(sizes[index] ?? figures.events);
    const previous = measured[index - 1];
    const against = (what: string, figure: number | undefined) =>
      previous === undefined || figure === undefined ? {} : { baseline: { measures: `the same at ${inWords(sizes[index - 1] ?? previous.events)} events (${what})`, figure }, goal: flatGoal };
    return [
      check({
        name: `commands at ${name} events`,
        measures: `the simulation's ${figures.commands} commands recorded through openInMemoryHub, read models following, into a history of ${figures.events} events and ${figures.cases} cases`,
        unit: 'commands/s',
        figure: figures.commandsPerSecond,
        ...against('commands/s', previous?.commandsPerSecond),
      }),
      check({
        name: `rebuild at ${name} events`,
        measures: `hub.readModels.rebuild() over the same ${figures.events} events, the fastest of ${figures.rebuildRoundSeconds.length}`,
        unit: 'events/s',
        figure: figures.rebuildEventsPerSecond,
        ...against('events/s', previous?.rebuildEventsPerSecond),
      }),
      check({ name: `peak memory at ${name} events`, measures: "the process's peak resident set size, recording and rebuilding (the in-memory store keeps every event)", unit: 'MiB', figure: figures.peakRssMiB }),
    ];
  });
  return groupResult({
    issue: 16,
    title: 'Cost as work grows: commands and rebuild through the in-memory hub at each size of history',
    settings: {
      sizes: measured.map((figures) => ({ ...figures, commandsPerSecond: Math.round(figures.commandsPerSecond), rebuildEventsPerSecond: Math.round(figures.rebuildEventsPerSecond), microsecondsPerEventRecorded: Number(figures.microsecondsPerEventRecorded.toFixed(2)), microsecondsPerEventRebuilt: Number(figures.microsecondsPerEventRebuilt.toFixed(2)) })),
      rounds: 1,
    },
    checks: perSize,
    notes: [
      'Each size runs once, in a process of its own, after recording a small county of another seed so the code is compiled before the clock starts: a million events take minutes.',
      'The histories are the simulation of benchmarks/support/simulated-history.ts (seed send-hub-bench, eight districts, six half terms), in memory; each size is a county of its own, not a prefix of the next.',
    ],
  });
};
