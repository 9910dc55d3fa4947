import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventStoreContract } from '@send-hub/testing';
import { openSqliteEventStore } from '../src';

/** A new file in a folder of its own, removed after each test. */
const storeInTemporaryFile = async (options: { pageSize?: number; readAheadFrom?: number } = {}) => {
  const folder = mkdtempSync(join(tmpdir(), 'send-hub-store-sqlite-contract-'));
  return {
    store: openSqliteEventStore({ file: join(folder, 'events.sqlite'), pollIntervalMs: 10, ...options }),
    cleanup: async () => rmSync(folder, { recursive: true, force: true }),
  };
};

eventStoreContract('SQLite store on a file', () => storeInTemporaryFile());
// Pages of three rows, so that reads and subscriptions cross page boundaries in every test.
eventStoreContract('SQLite store on a file, read in small pages', () => storeInTemporaryFile({ pageSize: 3 }));
// Every whole-history read goes through the read-ahead thread, in pages of three rows.
eventStoreContract('SQLite store on a file, every read read ahead', () => storeInTemporaryFile({ pageSize: 3, readAheadFrom: 0 }));
eventStoreContract('SQLite store in memory', async () => ({ store: openSqliteEventStore({ file: ':memory:' }) }));
