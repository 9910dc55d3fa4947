import type { NewEvent, RecordedEvent } from '@send-hub/event-store';
import { decodeHubEvent } from '@send-hub/hub';
import type { BenchmarkContext } from '../support/benchmark-context';
import { check, type Check } from '../support/benchmark-result';
import { readChecks } from '../support/read-checks';
import { perSecond, timeRounds, type Side } from '../support/timing';
import type { RawRow } from '../sqlite/raw-sqlite';
import { openBenchmarkStore } from './postgres-hub';
import { copyBatch, insertLoop, rawClient, rawReadSide, rawTableDefinition } from './raw-postgresql';
import type { ScratchSchemas } from './server';

export const importBatchSize = 100;

export const rawReadMeasures = 'node-postgres alone: SELECT in pages of 1,000 rows by position as arrays, JSON.parse of data and metadata';

const asNewEvent = (event: RecordedEvent): NewEvent => ({ eventId: event.eventId, type: event.type, schemaVersion: event.schemaVersion, data: event.data, metadata: event.metadata });

/** The imported history in the batches every side writes: `importBatchSize` events, each batch a stream of its own. */
export const importBatches = (stored: ReadonlyArray<RecordedEvent>): ReadonlyArray<ReadonlyArray<NewEvent>> => {
  const batches: NewEvent[][] = [];
  for (let start = 0; start < stored.length; start += importBatchSize) batches.push(stored.slice(start, start + importBatchSize).map(asNewEvent));
  return batches;
};

export interface ImportAndRead {
  readonly checks: ReadonlyArray<Check>;
  /** The schema holding the last round's imported history, kept for the rebuild. */
  readonly keptSchema: string;
  /** The schema holding the last round's raw COPY, kept for the rebuild's baseline. */
  readonly rawSchema: string;
  /** What the store's events table took on the server per imported event, indexes included. */
  readonly storedBytesPerEvent: number;
}

/**
 * Imports the history through the store and through the driver alone (a loop of
 * prepared INSERTs, and COPY), each round into fresh schemas, then reads each back:
 * the store's readAll (with and without decoding) against SELECT in pages and JSON.parse.
 */
export const importAndRead = async (
  context: BenchmarkContext,
  schemas: ScratchSchemas,
  connectionString: string,
  stored: ReadonlyArray<RecordedEvent>,
): Promise<ImportAndRead> => {
  const batches = importBatches(stored);
  const rawBatches: RawRow[][] = batches.map((events, batch) => events.map((event, revision) => ({ streamId: `import-${batch}`, revision, event })));
  const total = stored.length;
  const round = { store: '', loop: '', copy: '' };
  const expectAll = (what: string, count: number) => {
    if (count !== total) throw new Error(`${what} read ${count} events of ${total}.`);
  };
  const rawImport =
    (kind: 'loop' | 'copy'): Side =>
    async (time) => {
      if (round[kind] !== '') await schemas.drop(round[kind]);
      round[kind] = schemas.next(`raw ${kind}`);
      await schemas.create(round[kind]);
      const client = await rawClient(connectionString);
      try {
        await client.query(rawTableDefinition(round[kind]));
        const write = kind === 'loop' ? insertLoop : copyBatch;
        await time(async () => {
          for (const rows of rawBatches) await write(client, round[kind], rows);
        });
      } finally {
        await client.end();
      }
    };
  const readStore =
    (decode: boolean): Side =>
    async (time) => {
      const store = await openBenchmarkStore(connectionString, round.store);
      let count = 0;
      try {
        await time(async () => {
          for await (const event of store.readAll()) {
            if (decode) {
              const decoded = decodeHubEvent(event);
              if (decoded._tag === 'Left') throw new Error(decoded.left.message);
            }
            count += 1;
          }
        });
      } finally {
        await store.dispose();
      }
      expectAll(decode ? 'store.readAll with decodeHubEvent' : 'store.readAll', count);
    };

  const timings = await timeRounds(context, 'postgresql: import and read', {
    'raw insert loop': rawImport('loop'),
    'raw COPY': rawImport('copy'),
    'store import': async (time) => {
      if (round.store !== '') await schemas.drop(round.store);
      round.store = schemas.next('store import');
      const store = await openBenchmarkStore(connectionString, round.store);
      try {
        await time(async () => {
          for (const [batch, events] of batches.entries()) {
            const appended = await store.append(`import-${batch}`, events, 'no_stream');
            if (appended._tag === 'Left') throw new Error(appended.left.message);
          }
        });
      } finally {
        await store.dispose();
      }
    },
    'raw read': rawReadSide(connectionString, () => round.copy, total),
    'store read': readStore(false),
    'store read and decode': readStore(true),
  });

  const loop = { measures: `node-postgres alone: a loop of one prepared INSERT per row, one transaction per batch of ${importBatchSize}, JSON.stringify of data and metadata`, figure: perSecond(total, timings['raw insert loop']) };
  const copy = { measures: `node-postgres alone: COPY FROM STDIN (pg-copy-streams) of each batch of ${importBatchSize} rows in a transaction of its own, JSON.stringify of data and metadata`, figure: perSecond(total, timings['raw COPY']) };
  const faster = copy.figure >= loop.figure ? copy : loop;
  const rawRead = { measures: rawReadMeasures, figure: perSecond(total, timings['raw read']) };
  const imported = perSecond(total, timings['store import']);
  const importMeasures = `store.append of batches of ${importBatchSize} events, each batch a new stream, one committed transaction each`;
  return {
    storedBytesPerEvent: Math.round((await schemas.tableBytes(round.store, 'events')) / total),
    keptSchema: round.store,
    rawSchema: round.copy,
    checks: [
      check({
        name: 'import',
        measures: importMeasures,
        unit: 'events/s',
        figure: imported,
        baseline: faster,
        goal: { on: 'ratio', atLeast: 0.7, text: 'at least 70% of the faster raw baseline (insert loop or COPY)' },
      }),
      check({ name: 'import against the insert loop', measures: importMeasures, unit: 'events/s', figure: imported, baseline: loop }),
      check({ name: 'import against COPY', measures: importMeasures, unit: 'events/s', figure: imported, baseline: copy }),
      ...readChecks({ decoded: perSecond(total, timings['store read and decode']), undecoded: perSecond(total, timings['store read']), raw: rawRead }),
    ],
  };
};
