import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { StoreUnavailableError } from '@send-hub/event-store';

/** The tables that mark another kind of file, by what the file then is. */
const otherFiles = { events: 'an event store', personal_data_keys: 'a key store' } as const;

export interface SideFileOptions {
  readonly file: string;
  readonly busyTimeoutMs?: number;
}

/**
 * Opens the SQLite file beside the event file that holds one other thing (keys, read
 * models, the access log), refusing a file that holds one of `refused` with `keepApart`,
 * so each stays in a file of its own; `prepare` sets it up, and the file is closed if that throws.
 */
export const openSideFile = <Result>(
  options: SideFileOptions,
  kind: string,
  refused: ReadonlyArray<keyof typeof otherFiles>,
  keepApart: string,
  prepare: (database: Database.Database) => Result,
): Result => {
  const folder = dirname(resolve(options.file));
  if (options.file !== ':memory:' && !existsSync(folder)) {
    throw new StoreUnavailableError(`The folder "${folder}" for the ${kind} "${options.file}" does not exist. Create it, or check the path.`);
  }
  const database = new Database(options.file, { timeout: options.busyTimeoutMs ?? 5_000 });
  try {
    const found = database.prepare<[string], { name: keyof typeof otherFiles }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name IN (SELECT value FROM json_each(?))").get(JSON.stringify(refused));
    if (found !== undefined) throw new StoreUnavailableError(`"${options.file}" is ${otherFiles[found.name]} file. ${keepApart}`);
    return prepare(database);
  } catch (error) {
    database.close();
    throw error;
  }
};
