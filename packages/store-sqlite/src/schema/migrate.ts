import type Database from 'better-sqlite3';
import { StoreUnavailableError } from '@send-hub/event-store';
import type { Migration } from './migrations';

/** The file was written by a newer version of this library; opening it could damage it. */
export class SchemaTooNewError extends StoreUnavailableError {
  constructor(
    readonly file: string,
    readonly fileVersion: number,
    readonly libraryVersion: number,
  ) {
    super(
      `The event store file "${file}" has schema version ${fileVersion}, but this version of ` +
        `@send-hub/store-sqlite only knows schema versions up to ${libraryVersion}. ` +
        'It was written by a newer send-hub: upgrade send-hub to open it.',
    );
    this.name = 'SchemaTooNewError';
  }
}

/** The file's schema version: 0 for a new, empty file. */
export const readSchemaVersion = (database: Database.Database): number => {
  const hasHistory = database
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'")
    .get();
  if (hasHistory === undefined) return 0;
  const version: unknown = database.prepare('SELECT max(version) FROM schema_migrations').pluck().get();
  return version === null || version === undefined ? 0 : Number(version);
};

const refuseNewer = (file: string, found: number, latest: number): void => {
  if (found > latest) throw new SchemaTooNewError(file, found, latest);
};

/**
 * Brings the file up to the newest schema in `migrations`, all steps in one
 * transaction (a crash leaves the old version intact). Takes the write lock only
 * when there is something to do, so opening an up-to-date file never waits for writers.
 * Returns the version the file now has.
 */
export const migrate = (database: Database.Database, migrations: ReadonlyArray<Migration>, file: string): number => {
  const latest = migrations.length;
  const found = readSchemaVersion(database);
  refuseNewer(file, found, latest);
  if (found === latest) return latest;
  database
    .transaction(() => {
      // Another process may have migrated between our look and the lock.
      const current = readSchemaVersion(database);
      refuseNewer(file, current, latest);
      database.exec(
        'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, description TEXT NOT NULL) STRICT',
      );
      const record = database.prepare('INSERT INTO schema_migrations (version, description) VALUES (?, ?)');
      migrations.slice(current).forEach((migration, index) => {
        migration.apply(database);
        record.run(current + index + 1, migration.description);
      });
    })
    .immediate();
  return latest;
};
