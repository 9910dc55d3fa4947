import { join } from 'node:path';
import type { NewEvent, RecordedEvent } from '@send-hub/event-store';
import { decodeHubEvent } from '@send-hub/hub';
import { openSqliteEventStore } from '@send-hub/store-sqlite';
import type { BenchmarkContext } from '../support/benchmark-context';
import { check, type Check } from '../support/benchmark-result';
import { readChecks } from '../support/read-checks';
import { timedRawRead } from '../support/raw-read';
import { perSecond, timeRounds } from '../support/timing';
import { openRawDatabase, rawInserter, rawReadAll, removeDatabaseFiles, type RawRow } from './raw-sqlite';

export const importBatchSize = 100;

const asNewEvent = (event: RecordedEvent): NewEvent => ({ eventId: event.eventId, type: event.type, schemaVersion: event.schemaVersion, data: event.data, metadata: event.metadata });

/**
 * Imports the stored history into a new file, in batches of `importBatchSize`
 * events, each batch one append to a stream of its own, through the store and
 * through a raw insert loop; then reads each file back. Every round uses new files.
 */
export const importAndRead = async (context: BenchmarkContext, folder: string, stored: ReadonlyArray<RecordedEvent>): Promise<ReadonlyArray<Check>> => {
  const batches: NewEvent[][] = [];
  for (let start = 0; start < stored.length; start += importBatchSize) batches.push(stored.slice(start, start + importBatchSize).map(asNewEvent));
  const rawBatches: RawRow[][] = batches.map((events, batch) => events.map((event, revision) => ({ streamId: `import-${batch}`, revision, event })));
  const total = stored.length;
  let round = 0;
  const files = () => ({ raw: join(folder, `raw-${round}.sqlite`), store: join(folder, `store-${round}.sqlite`) });
  const expectAll = (what: string, count: number) => {
    if (count !== total) throw new Error(`${what} read ${count} events of ${total}.`);
  };

  const timings = await timeRounds(context, 'sqlite: import and read', {
    'raw import': async (time) => {
      round += 1;
      const database = await openRawDatabase(files().raw);
      const insert = rawInserter(database);
      await time(() => {
        for (const rows of rawBatches) insert(rows);
      });
      database.close();
    },
    'store import': async (time) => {
      const store = openSqliteEventStore({ file: files().store });
      await time(async () => {
        for (const [batch, events] of batches.entries()) {
          const appended = await store.append(`import-${batch}`, events, 'no_stream');
          if (appended._tag === 'Left') throw new Error(appended.left.message);
        }
      });
      await store.dispose();
    },
    'raw read': timedRawRead(total, () => rawReadAll(files().raw)),
    'store read': async (time) => {
      const store = openSqliteEventStore({ file: files().store, readOnly: true });
      let count = 0;
      await time(async () => {
        for await (const _event of store.readAll()) count += 1;
      });
      await store.dispose();
      expectAll('store.readAll', count);
    },
    'store read and decode': async (time) => {
      const store = openSqliteEventStore({ file: files().store, readOnly: true });
      let count = 0;
      await time(async () => {
        for await (const event of store.readAll()) {
          const decoded = decodeHubEvent(event);
          if (decoded._tag === 'Left') throw new Error(decoded.left.message);
          count += 1;
        }
      });
      await store.dispose();
      expectAll('store.readAll with decodeHubEvent', count);
      removeDatabaseFiles(files().raw);
      removeDatabaseFiles(files().store);
    },
  });

  const rawRead = { measures: 'SELECT in pages of 1,000 rows as arrays, JSON.parse of data and metadata', figure: perSecond(total, timings['raw read']) };
  return [
    check({
      name: 'import',
      measures: `store.append of batches of ${importBatchSize} events, one durable transaction each`,
      unit: 'events/s',
      figure: perSecond(total, timings['store import']),
      baseline: { measures: 'better-sqlite3 insert loop of the same rows, one transaction per batch, JSON.stringify', figure: perSecond(total, timings['raw import']) },
      goal: { on: 'ratio', atLeast: 0.7, text: 'at least 70% of the raw insert loop' },
    }),
    ...readChecks({ decoded: perSecond(total, timings['store read and decode']), undecoded: perSecond(total, timings['store read']), raw: rawRead }),
  ];
};
