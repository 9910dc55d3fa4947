import { hubReadModelProjection, layerHubStore } from '@send-hub/application';
import type { EventStore } from '@send-hub/event-store';
import { rebuild } from '@send-hub/projections';
import { openSqliteEventStore } from '@send-hub/store-sqlite';
import { processPeakRssMiB, rawBaselineMeasures, rawReadAndParse } from './history/raw-baseline';
import type { BenchmarkContext } from './support/benchmark-context';
import { check, groupResult, type GroupResult } from './support/benchmark-result';
import { fileSystemOf } from './support/file-system';
import { historyParameters, simulatedHistory, withHistoryHub } from './support/simulated-history';
import { perSecond, timeRounds, type Side } from './support/timing';

const gibibyte = 1_024;

/** One rebuild of both read models from the first event, as `HubReadModels.rebuild` folds them, through `store`. */
interface Folded {
  cases: number;
  undecodable: number;
}

const rebuildThrough = (store: EventStore, expected: number, folded: Folded): Side => async (time) => {
  let position = 0;
  await time(async () => {
    const state = await rebuild(store, hubReadModelProjection);
    position = Number(state.position ?? 0n);
    folded.cases = state.model.district.cases.size;
    folded.undecodable = state.undecodable.length;
  });
  if (position !== expected) throw new Error(`The rebuild stopped at position ${position}, not ${expected}.`);
};

/**
 * Issue 4: rebuilding the district hubs' and the Partnership Board's read models from
 * a simulated history, through the view the hub's runner reads, against
 * reading and parsing the same file with better-sqlite3 alone; and the peak memory.
 */
export const readModels = async (context: BenchmarkContext): Promise<GroupResult> => {
  const { settings, say } = context;
  const made = await simulatedHistory(settings.folder, historyParameters(settings.historyEvents), say);
  const peakBefore = processPeakRssMiB();
  const decrypted: Folded = { cases: 0, undecodable: 0 };
  const everything: Folded = { cases: 0, undecodable: 0 };
  const raw: Folded = { cases: 0, undecodable: 0 };
  const oneThread: Folded = { cases: 0, undecodable: 0 };
  const timings = await withHistoryHub(made, async (hub) => {
    // The same view over a second store on the file that reads on this thread alone, for comparison.
    const withoutReadAhead = openSqliteEventStore({ file: made.file, readOnly: true, readAhead: false });
    try {
      return await timeRounds(context, 'read models', {
        "read models' view": rebuildThrough(hub.stores.readModels, made.events, decrypted),
        "read models' view on one thread": rebuildThrough(layerHubStore(withoutReadAhead, hub.keyStore).readModels, made.events, oneThread),
        'fully decrypting store': rebuildThrough(hub.stores.readable, made.events, everything),
        'raw store': rebuildThrough(hub.stores.raw, made.events, raw),
        'raw read and parse': rawReadAndParse(made.file, made.events),
      });
    } finally {
      await withoutReadAhead.dispose();
    }
  });
  const peak = processPeakRssMiB();
  const baseline = { measures: rawBaselineMeasures, figure: perSecond(made.events, timings['raw read and parse']) };
  return groupResult({
    issue: 4,
    title: "Rebuilding the district hubs' and the Partnership Board's read models from a simulated history",
    settings: {
      events: made.events,
      referrals: made.referrals,
      simulation: { ...made.parameters },
      file: made.file,
      fileSystem: fileSystemOf(settings.folder),
      rounds: settings.rounds,
    },
    checks: [
      check({
        name: "rebuild through the read models' view",
        measures:
          "rebuild(hub.stores.readModels, hubReadModelProjection): both read models from the first event through the view the hub's runner reads, which withholds every personal field as erased (the models hold no personal data: lists open children's names when they are shown), skipping metadata, which neither model reads",
        unit: 'events/s',
        figure: perSecond(made.events, timings["read models' view"]),
        baseline,
        goal: { on: 'ratio', atLeast: 0.6, text: 'at least 60% of the raw read-and-parse rate' },
      }),
      check({
        name: "rebuild through the read models' view on one thread",
        measures:
          "the same rebuild through a store on the same file opened with readAhead: false, so SQLite is stepped on the folding thread: what the rebuild costs on one core, for comparison",
        unit: 'events/s',
        figure: perSecond(made.events, timings["read models' view on one thread"]),
        baseline,
      }),
      check({
        name: 'rebuild through the fully decrypting store',
        measures: 'rebuild(hub.stores.readable, hubReadModelProjection): the same fold with every personal field decrypted, as replays and command handlers read, for comparison: what the rebuild would cost if the models kept names',
        unit: 'events/s',
        figure: perSecond(made.events, timings['fully decrypting store']),
        baseline,
      }),
      check({
        name: 'rebuild through the raw store',
        measures:
          'rebuild(hub.stores.raw, hubReadModelProjection): the same fold with no decryption, for comparison; referrals then fail to decode (their personal fields are ciphertext) and are set aside as undecodable, so this fold does less than the real one',
        unit: 'events/s',
        figure: perSecond(made.events, timings['raw store']),
        baseline,
      }),
      check({
        name: 'peak memory',
        measures: "the process's peak resident set size (the operating system's figure) over the group: the rebuilds dominate it",
        unit: 'MiB',
        figure: peak,
        goal: { on: 'figure', below: gibibyte, text: 'below 1 GiB' },
      }),
    ],
    notes: [
      `The history was made by the simulation through the real handlers (hash chain, encrypted personal fields) in ${made.seconds} s on ${made.madeAt}, and cached. The rebuilt district model tracks ${decrypted.cases.toLocaleString('en-GB')} cases; ${decrypted.undecodable} events were undecodable through the read models' view, ${everything.undecodable} through the fully decrypting one and ${raw.undecodable} through the raw one.`,
      `Peak resident set size was ${peakBefore} MiB before the rounds and ${peak} MiB after them; each round rebuilds into a fresh model, so it is the peak of one rebuild plus what the collector had not yet freed.`,
    ],
  });
};
