import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { StoreUnavailableError } from '@send-hub/event-store';
import { migrate, readSchemaVersion } from '../schema/migrate';
import { migrations as allMigrations, type Migration } from '../schema/migrations';
import type { ResolvedOptions } from '../store-options';
import { guarded } from './store-failure';

const configure = (database: Database.Database, options: ResolvedOptions): void => {
  if (!options.readOnly) {
    // Write-ahead logging: readers never block the writer, and a commit is one sequential write.
    const mode = database.pragma('journal_mode = WAL', { simple: true });
    if (!database.memory && mode !== 'wal') {
      throw new StoreUnavailableError(
        `The event store file "${options.file}" cannot use write-ahead logging (SQLite kept journal mode "${String(mode)}"). ` +
          'Put the file on a local disk.',
      );
    }
  }
  // FULL syncs the log on every commit, so an acknowledged append survives a power cut.
  database.pragma(`synchronous = ${options.durability === 'full' ? 'FULL' : 'NORMAL'}`);
  // Revisions and positions are bigint everywhere, as the port demands.
  database.defaultSafeIntegers(true);
};

const refuseMigrationWhenReadOnly = (
  database: Database.Database,
  options: ResolvedOptions,
  migrations: ReadonlyArray<Migration>,
): void => {
  const version = readSchemaVersion(database);
  if (options.readOnly && version < migrations.length) {
    throw new StoreUnavailableError(
      `The event store file "${options.file}" has schema version ${version} and needs upgrading to ` +
        `version ${migrations.length}, which cannot be done while it is opened read-only. Open it once for writing.`,
    );
  }
};

/** better-sqlite3 would throw a bare TypeError here; say which folder is missing instead. */
const refuseMissingFolder = (file: string): void => {
  const folder = dirname(resolve(file));
  if (file !== ':memory:' && !existsSync(folder)) {
    throw new StoreUnavailableError(`The folder "${folder}" for the event store file "${file}" does not exist. Create it, or check the path.`);
  }
};

/**
 * Opens (creating when missing) and migrates the store's file. Throws
 * `StoreUnavailableError` when the file is locked, read-only, full, damaged or too new.
 * `migrations` is replaceable only so that tests can build files of older versions.
 */
export const openDatabase = (
  options: ResolvedOptions,
  migrations: ReadonlyArray<Migration> = allMigrations,
): Database.Database =>
  guarded(options, () => {
    refuseMissingFolder(options.file);
    const database = new Database(options.file, {
      readonly: options.readOnly,
      fileMustExist: options.readOnly,
      timeout: options.busyTimeoutMs,
    });
    try {
      configure(database, options);
      refuseMigrationWhenReadOnly(database, options, migrations);
      migrate(database, migrations, options.file);
      return database;
    } catch (error) {
      database.close();
      throw error;
    }
  });
