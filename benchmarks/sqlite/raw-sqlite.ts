import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import type { NewEvent, RecordedEvent } from '@send-hub/event-store';
import { openSqliteEventStore } from '@send-hub/store-sqlite';
import { parseRawPage } from '../support/raw-read';
import type { Side } from '../support/timing';

/** A row of the events table as the raw baselines write it. */
export interface RawRow {
  readonly streamId: string;
  readonly revision: number;
  readonly event: NewEvent;
}

/**
 * Opens `file` with better-sqlite3 alone, on the store's own schema (made by opening
 * the store once, so the baselines use only the public API) and with the same
 * settings the store uses: write-ahead log, synchronous FULL unless asked otherwise.
 */
export const openRawDatabase = async (file: string, synchronous: 'FULL' | 'NORMAL' = 'FULL'): Promise<Database.Database> => {
  await openSqliteEventStore({ file }).dispose();
  const database = new Database(file);
  database.pragma('journal_mode = WAL');
  database.pragma(`synchronous = ${synchronous}`);
  return database;
};

/** The simplest code that writes the same rows: a prepared insert and JSON.stringify, one transaction per batch. */
export const rawInserter = (database: Database.Database): ((rows: ReadonlyArray<RawRow>) => void) => {
  const insert = database.prepare(
    'INSERT INTO events (stream_id, revision, event_id, type, schema_version, data, metadata) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  return database.transaction((rows: ReadonlyArray<RawRow>) => {
    for (const { streamId, revision, event } of rows) {
      insert.run(streamId, revision, event.eventId, event.type, event.schemaVersion, JSON.stringify(event.data), JSON.stringify(event.metadata));
    }
  });
};

/**
 * The simplest code that reads everything back: pages of 1,000 rows by position,
 * as arrays (better-sqlite3's cheapest shape), JSON.parse of data and metadata.
 * Paging keeps memory flat, as the store's readAll does (in pages of 250 by default,
 * which read as fast: a page's size matters only to what a reader keeps of it).
 */
export const rawReadAll = (file: string): number => {
  const database = new Database(file, { readonly: true });
  database.defaultSafeIntegers(true);
  try {
    const page = database
      .prepare<[bigint], [bigint, string, bigint, string, string, bigint, string, string]>(
        'SELECT position, stream_id, revision, event_id, type, schema_version, data, metadata FROM events WHERE position > ? ORDER BY position LIMIT 1000',
      )
      .raw();
    let count = 0;
    for (let after = 0n; ; ) {
      const rows = page.all(after);
      count += rows.length;
      const last = parseRawPage(rows);
      if (last === undefined) return count;
      after = last;
    }
  } finally {
    database.close();
  }
};

/** Removes a database file with its write-ahead log and shared-memory index, so rounds do not fill the disk. */
export const removeDatabaseFiles = (file: string): void => {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
};

/** A side that commits `stored` one event per transaction with synchronous = FULL, on a new file from `newFile`: the floor durable commands stand on. */
export const rawDurableCommits =
  (newFile: () => string, stored: ReadonlyArray<RecordedEvent>): Side =>
  async (time) => {
    const path = newFile();
    const database = await openRawDatabase(path, 'FULL');
    const insert = rawInserter(database);
    await time(() => {
      for (const event of stored) insert([{ streamId: event.streamId, revision: Number(event.revision), event }]);
    });
    database.close();
    removeDatabaseFiles(path);
  };
