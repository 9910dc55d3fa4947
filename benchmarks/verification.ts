import { asLocalOperator } from '@send-hub/application';
import { processPeakRssMiB, rawBaselineMeasures, rawReadAndParse } from './history/raw-baseline';
import type { BenchmarkContext } from './support/benchmark-context';
import { check, groupResult, type GroupResult } from './support/benchmark-result';
import { fileSystemOf } from './support/file-system';
import { historyParameters, simulatedHistory, withHistoryHub } from './support/simulated-history';
import { perSecond, timeRounds } from './support/timing';

/**
 * Issue 5: verifying a whole simulated history as an auditor does (`hub.verify()`:
 * decoding, the hash chain, every rule replayed) against reading and parsing the same
 * file with better-sqlite3 alone.
 */
export const verification = async (context: BenchmarkContext): Promise<GroupResult> => {
  const { settings, say } = context;
  const made = await simulatedHistory(settings.folder, historyParameters(settings.historyEvents), say);
  let verified = { verified: false, eventsVerified: 0, streamsVerified: 0, problemCount: 0 };
  const timings = await withHistoryHub(made, (hub) =>
    timeRounds(context, 'verification', {
      verifyStore: async (time) => {
        await time(async () => {
          const verifiedReport = await hub.verify(asLocalOperator(hub.configuration));
          if (verifiedReport._tag === 'Left') throw new Error(verifiedReport.left.message);
          const report = verifiedReport.right;
          verified = { verified: report.verified, eventsVerified: report.eventsVerified, streamsVerified: report.streamsVerified, problemCount: report.problemCount };
        });
        if (!verified.verified || verified.eventsVerified !== made.events) {
          throw new Error(`The simulated history did not verify: ${verified.problemCount} problems, ${verified.eventsVerified} of ${made.events} events verified.`);
        }
      },
      'raw read and parse': rawReadAndParse(made.file, made.events),
    }),
  );
  return groupResult({
    issue: 5,
    title: 'Verifying a whole simulated history: hash chain, decoding and rule replay',
    settings: {
      events: made.events,
      streams: verified.streamsVerified,
      simulation: { ...made.parameters },
      file: made.file,
      fileSystem: fileSystemOf(settings.folder),
      rounds: settings.rounds,
    },
    checks: [
      check({
        name: 'verifyStore',
        measures: 'hub.verify() (verifyStore over the raw store): every event decoded and upcast, its hash and the chain checked, every case and meeting rule replayed',
        unit: 'events/s',
        figure: perSecond(made.events, timings.verifyStore),
        baseline: { measures: rawBaselineMeasures, figure: perSecond(made.events, timings['raw read and parse']) },
      }),
    ],
    notes: [
      `The history was made by the simulation through the real handlers in ${made.seconds} s on ${made.madeAt}, and cached; it verified with ${verified.problemCount} problems.`,
      `No goal is set for this figure: it is reported, not judged. The process's peak resident set size was ${processPeakRssMiB()} MiB.`,
    ],
  });
};
