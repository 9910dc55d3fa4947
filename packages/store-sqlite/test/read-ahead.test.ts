import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { readAllInPages, StoreUnavailableError } from '@send-hub/event-store';
import { openSqliteEventStore, type SqliteEventStore } from '../src';
import { collect, newEvents } from './support/events';
import { useTemporaryFolder } from './support/temporary-files';

const temporary = useTemporaryFolder();
const stores: SqliteEventStore[] = [];
afterEach(async () => {
  await Promise.all(stores.splice(0).map((store) => store.dispose()));
});

/** A file of 3 streams written in turn, 40 events each; read ahead from the first event, in pages of 7. */
const filled = async (options: { readAheadFrom?: number; readAhead?: boolean } = {}): Promise<SqliteEventStore> => {
  const store = openSqliteEventStore({ file: temporary.file(), pageSize: 7, readAheadFrom: 0, ...options });
  stores.push(store);
  for (let round = 0; round < 40; round += 1) {
    for (const stream of ['case-a', 'case-b', 'meeting-c']) await store.append(stream, newEvents(1), 'any');
  }
  return store;
};

const damage = (column: 'data' | 'metadata', position: number, text: string): void => {
  const database = new Database(temporary.file());
  database.prepare(`UPDATE events SET ${column} = ? WHERE position = ?`).run(text, position);
  database.close();
};

describe('reading ahead on another thread', () => {
  it('gives the same pages as reading on this thread, for every choice of range and metadata', async () => {
    const ahead = await filled();
    const here = openSqliteEventStore({ file: temporary.file(), pageSize: 7, readAhead: false });
    stores.push(here);
    for (const options of [{}, { after: 10n, maxCount: 50 }, { streamPrefix: 'case-' }, { metadata: 'skip' as const }, { after: 119n }, { after: 120n }]) {
      expect(await collect(readAllInPages(ahead, options))).toEqual(await collect(readAllInPages(here, options)));
    }
  });

  it('reports a damaged row as a row read on this thread is, and goes on past it', async () => {
    const store = await filled();
    damage('data', 9, '{"index": ');
    damage('metadata', 30, 'not json');
    const all = await collect(store.readAll());
    expect(all).toHaveLength(120);
    expect(all.filter((event) => event.corruption !== undefined).map((event) => [event.position, event.corruption?.slice(0, 24)])).toEqual([
      [9n, 'The stored data of event'],
      [30n, 'The stored metadata of e'],
    ]);
    const skipping = await collect(store.readAll({ metadata: 'skip' }));
    expect(skipping.filter((event) => event.corruption !== undefined).map((event) => event.position)).toEqual([9n]);
  });

  it('reads only what was stored when the read began', async () => {
    const store = await filled();
    const read: bigint[] = [];
    for await (const page of readAllInPages(store)) {
      if (read.length === 0) await store.append('case-a', newEvents(5), 'any');
      read.push(...page.map((event) => event.position));
    }
    expect(read).toEqual(Array.from({ length: 120 }, (_, index) => BigInt(index + 1)));
  });

  it('stops its thread when the reader stops early, and leaves the store usable', async () => {
    const store = await filled();
    for await (const page of readAllInPages(store)) {
      expect(page).toHaveLength(7);
      break;
    }
    expect(await collect(store.readAll({ after: 115n }))).toHaveLength(5);
  });

  it('ends a read in progress with StoreUnavailableError when the store is disposed', async () => {
    const store = await filled();
    const pages = readAllInPages(store)[Symbol.asyncIterator]();
    expect((await pages.next()).done).toBe(false);
    await store.dispose();
    await expect(collect({ [Symbol.asyncIterator]: () => pages })).rejects.toThrow(StoreUnavailableError);
  });

  it('says plainly when the file cannot be read on the other thread', async () => {
    const store = await filled();
    rmSync(temporary.file());
    const reading = collect(store.readAll());
    await expect(reading).rejects.toThrow(StoreUnavailableError);
    await expect(reading).rejects.toThrow(/cannot be opened/);
  });

  it('is used only for reads of at least readAheadFrom events, and never in memory', async () => {
    // A short read stays on this thread: removing the file then makes no difference to it.
    const store = await filled({ readAheadFrom: 1_000 });
    rmSync(temporary.file());
    expect(await collect(store.readAll())).toHaveLength(120);
    const inMemory = openSqliteEventStore({ file: ':memory:', readAheadFrom: 0 });
    stores.push(inMemory);
    await inMemory.append('case-a', newEvents(3), 'no_stream');
    expect(await collect(inMemory.readAll())).toHaveLength(3);
  });

  it('refuses options that make no sense, naming them', () => {
    expect(() => openSqliteEventStore({ file: ':memory:', readAhead: 'yes' as never })).toThrow('The SQLite store option "readAhead" must be true or false, but was yes.');
    expect(() => openSqliteEventStore({ file: ':memory:', readAheadFrom: -1 })).toThrow('"readAheadFrom" must be a whole number of at least 0, but was -1.');
  });
});
