import { hubReadModelProjection } from '@send-hub/application';
import type { NewEvent } from '@send-hub/event-store';
import { rebuild, type FoldState } from '@send-hub/projections';
import type { HubModels } from '@send-hub/application';
import type { BenchmarkContext } from '../support/benchmark-context';
import { check, type Check } from '../support/benchmark-result';
import { perSecond, timeRounds, type Side } from '../support/timing';
import { foldThroughEmmettBatches, importIntoEmmett, openEmmettPostgres, rebuildThroughEmmett } from './emmett-postgresql';
import { rawReadMeasures } from './import-and-read';
import { openBenchmarkStore } from './postgres-hub';
import { rawReadSide } from './raw-postgresql';

/** Emmett's batch size for both of its reads: as large as our store's page, so neither side pays for more round trips. */
const emmettBatchSize = 500;

const expectWhole = (side: string, state: FoldState<HubModels>, total: number): void => {
  if (state.position === undefined || Number(state.position) !== total) throw new Error(`${side} stopped at position ${String(state.position)}, not ${total}.`);
  if (state.undecodable.length > 0) throw new Error(`${side} could not decode ${state.undecodable.length} events.`);
};

/**
 * Both read models rebuilt from the first event: our `rebuild` over the PostgreSQL store
 * holding the imported history, against Emmett's PostgreSQL store holding the same events
 * (written there untimed, into the run's Emmett database, emptied first), folded by the
 * same decoder and reducers, and against the raw read.
 */
export const rebuildReadModels = async (
  context: BenchmarkContext,
  connectionString: string,
  emmettConnection: string,
  imported: { readonly storeSchema: string; readonly rawSchema: string; readonly batches: ReadonlyArray<ReadonlyArray<NewEvent>>; readonly total: number },
): Promise<{ readonly checks: ReadonlyArray<Check>; readonly cases: number }> => {
  const emmettStore = await openEmmettPostgres(emmettConnection);
  try {
    await emmettStore.schema.dangerous.truncate({ resetSequences: true });
    await importIntoEmmett(emmettStore, imported.batches);
  } finally {
    await emmettStore.close();
  }
  let cases = 0;
  let processors = 0;
  const folded =
    (side: string, fold: () => Promise<FoldState<HubModels>>): Side =>
    async (time) => {
      let state: FoldState<HubModels> | undefined;
      await time(async () => {
        state = await fold();
      });
      if (state === undefined) throw new Error(`${side} folded nothing.`);
      expectWhole(side, state, imported.total);
      cases = state.model.district.cases.size;
    };

  const timings = await timeRounds(context, 'postgresql: rebuild', {
    'store rebuild': async (time) => {
      const store = await openBenchmarkStore(connectionString, imported.storeSchema);
      try {
        await folded('rebuild(store, hubReadModelProjection)', () => rebuild(store, hubReadModelProjection))(time);
      } finally {
        await store.dispose();
      }
    },
    "Emmett's consumer": folded("Emmett's consumer", () => rebuildThroughEmmett(emmettConnection, `send-hub-rebuild-${(processors += 1)}`, emmettBatchSize)),
    "Emmett's batch read": folded("Emmett's readMessagesBatch", () => foldThroughEmmettBatches(emmettConnection, emmettBatchSize)),
    'raw read': rawReadSide(connectionString, () => imported.rawSchema, imported.total),
  });

  const ours = perSecond(imported.total, timings['store rebuild']);
  const measures =
    "rebuild(store, hubReadModelProjection) over the PostgreSQL event store: every event read in global order in the store's pages (metadata skipped, as neither model reads it), decoded by decodeHubEvent (io-ts) and folded into the district hubs' and the Partnership Board's models";
  return {
    cases,
    checks: [
      check({
        name: 'rebuild against Emmett',
        measures,
        unit: 'events/s',
        figure: ours,
        baseline: {
          measures: `Emmett's way to run a projection over its whole PostgreSQL store: a consumer pulling batches of ${emmettBatchSize} from the start (no pause between batches), a reactor handed each message and storing its checkpoint after each one, each event folded by the same decodeHubEvent and reducers`,
          figure: perSecond(imported.total, timings["Emmett's consumer"]),
        },
        goal: { on: 'ratio', atLeast: 2, text: "at least twice Emmett's rebuild" },
      }),
      check({
        name: "rebuild against Emmett's batch read",
        measures,
        unit: 'events/s',
        figure: ours,
        baseline: {
          measures: `the least Emmett's store needs to hand every event to a projection: its readMessagesBatch in batches of ${emmettBatchSize} until none are left (no consumer, no checkpoints), the same fold; shown for comparison`,
          figure: perSecond(imported.total, timings["Emmett's batch read"]),
        },
      }),
      check({ name: 'rebuild against the raw read', measures, unit: 'events/s', figure: ours, baseline: { measures: rawReadMeasures, figure: perSecond(imported.total, timings['raw read']) } }),
    ],
  };
};
