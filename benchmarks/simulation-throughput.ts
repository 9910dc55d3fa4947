import type { BenchmarkContext } from './support/benchmark-context';
import { check, groupResult, type GroupResult } from './support/benchmark-result';
import { fileSystemOf } from './support/file-system';
import { processPeakRssMiB } from './history/raw-baseline';
import { historyParameters, makeHistory } from './support/simulated-history';

/**
 * Issue 6: how fast the seeded simulation records a county's history through the real
 * handlers into a SQLite hub (durability normal), and its peak memory. It runs once, not
 * best of rounds (a million events take many minutes), and its file is kept in the cache
 * for the read-models and verification groups, which run after it.
 */
export const simulationThroughput = async (context: BenchmarkContext): Promise<GroupResult> => {
  const { settings, say } = context;
  const parameters = historyParameters(settings.historyEvents);
  let seconds = 0;
  const made = await makeHistory(settings.folder, parameters, say, async (run) => {
    const start = process.hrtime.bigint();
    await run();
    seconds = Number(process.hrtime.bigint() - start) / 1e9;
    context.memory.sample();
  });
  const { report } = made;
  return groupResult({
    issue: 6,
    title: 'The simulation: a seeded county recorded through the real handlers into a SQLite hub',
    settings: {
      simulation: { ...parameters },
      districts: report.districts.length,
      referrals: report.referrals,
      commands: report.commands,
      events: report.events,
      durability: 'normal',
      file: made.file,
      fileSystem: fileSystemOf(settings.folder),
      rounds: 1,
    },
    checks: [
      check({ name: 'cases', measures: 'cases referred (new and again) and recorded with all their later events, per second of the whole run', unit: 'cases/s', figure: report.referrals / seconds }),
      check({ name: 'events', measures: 'events recorded through the hub\'s command handlers (decide, encrypt, chain, append), per second of the whole run', unit: 'events/s', figure: report.events / seconds }),
      check({ name: 'peak memory', measures: "the process's peak resident set size (the operating system's figure) over the run", unit: 'MiB', figure: processPeakRssMiB() }),
    ],
    notes: [
      `One run of ${seconds.toFixed(1)} s, not the best of rounds: at this scale a run takes minutes. No goal is set for these figures: they are reported, not judged.`,
      `The history (${report.events.toLocaleString('en-GB')} events, ${report.commands.toLocaleString('en-GB')} commands, ${report.referrals.toLocaleString('en-GB')} referrals, ${report.notYetRecorded} decided but not yet due) is cached in ${settings.folder}/.bench-data for the read-models and verification groups.`,
    ],
  });
};
