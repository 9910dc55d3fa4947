/*
 * One size of the growth group, in a process of its own so its peak memory is its own:
 *   node --expose-gc --require ./scripts/register-typescript.js benchmarks/growth/measure-one-size.ts EVENTS
 * Records the seeded simulation of about EVENTS events into an in-memory hub (read models
 * started and following), then rebuilds the read models from the first event, and prints
 * one line of JSON. The rebuild runs `rebuildRounds` times over the same history and the fastest
 * counts, as in the other groups' best of 3: one rebuild of the million lasts seconds, and on a
 * shared machine a single one measured the neighbours as much as the code.
 */
import { resourceUsage } from 'node:process';
import { openInMemoryHub } from '@send-hub/application';
import { createSimulation } from '@send-hub/simulation';
import { historyParameters } from '../support/simulated-history';
import type { SizeFigures } from './size-figures';

const mebibytes = (bytes: number): number => Math.round((bytes / 1_048_576) * 10) / 10;
const peakRssMiB = (): number => mebibytes(resourceUsage().maxRSS * 1024);
/** Rebuilds timed over the same history; the fastest is the figure. */
const rebuildRounds = 3;

const secondsSince = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e9;

/** Records a small county of another seed first, so the measured run does not pay for compiling the code. */
const warmUp = async (events: number): Promise<void> => {
  const simulation = createSimulation({ ...historyParameters(Math.min(5_000, events)), seed: 'send-hub-bench-warm-up' });
  const hub = openInMemoryHub(simulation.hubOptions);
  await hub.readModels.start();
  await simulation.run(hub);
  await hub.readModels.rebuild();
  await hub.dispose();
};

const measure = async (events: number): Promise<SizeFigures> => {
  await warmUp(events);
  (globalThis as { gc?: () => void }).gc?.();
  const parameters = historyParameters(events);
  const simulation = createSimulation(parameters);
  const hub = openInMemoryHub(simulation.hubOptions);
  try {
    await hub.readModels.start();
    const recording = process.hrtime.bigint();
    const report = await simulation.run(hub);
    await hub.readModels.waitFor(await hub.stores.raw.headPosition());
    const recordingSeconds = secondsSince(recording);
    const afterCommands = peakRssMiB();
    const rebuildRoundSeconds: number[] = [];
    for (let round = 0; round < rebuildRounds; round += 1) {
      const rebuilding = process.hrtime.bigint();
      await hub.readModels.rebuild();
      rebuildRoundSeconds.push(secondsSince(rebuilding));
      if (hub.readModels.position !== (await hub.stores.raw.headPosition())) throw new Error('The rebuilt read models did not reach the head of the store.');
    }
    const rebuildSeconds = Math.min(...rebuildRoundSeconds);
    return {
      events: report.events,
      commands: report.commands,
      cases: report.referrals,
      commandsPerSecond: report.commands / recordingSeconds,
      microsecondsPerEventRecorded: (recordingSeconds * 1e6) / report.events,
      rebuildEventsPerSecond: report.events / rebuildSeconds,
      microsecondsPerEventRebuilt: (rebuildSeconds * 1e6) / report.events,
      rebuildRoundSeconds: rebuildRoundSeconds.map((seconds) => Number(seconds.toFixed(3))),
      peakRssAfterCommandsMiB: afterCommands,
      peakRssMiB: peakRssMiB(),
    };
  } finally {
    await hub.dispose();
  }
};

const events = Number(process.argv[2]);
if (!Number.isSafeInteger(events) || events < 100) {
  process.stderr.write('Give the number of events to record: a whole number of at least 100.\n');
  process.exitCode = 2;
} else {
  measure(events).then(
    (figures) => process.stdout.write(`${JSON.stringify(figures)}\n`),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
