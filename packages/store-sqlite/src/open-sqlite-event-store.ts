import { openDatabase } from './database/open-database';
import { SqliteEventStore } from './sqlite-event-store';
import { resolveOptions, type SqliteEventStoreOptions } from './store-options';

/**
 * Opens the event store kept in one SQLite file, creating or upgrading the file
 * as needed. Throws `StoreUnavailableError` when the file is locked by another
 * program, read-only, on a full disk, damaged, or written by a newer send-hub.
 * Call `dispose()` when done.
 */
export const openSqliteEventStore = (options: SqliteEventStoreOptions): SqliteEventStore => {
  const resolved = resolveOptions(options);
  return new SqliteEventStore(openDatabase(resolved), resolved);
};
