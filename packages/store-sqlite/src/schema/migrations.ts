import type Database from 'better-sqlite3';

/** One forward step of the file's schema; its version is its place in the list, counting from 1. */
export interface Migration {
  /** Recorded in the file's schema history, so a person can see what each version added. */
  readonly description: string;
  readonly apply: (database: Database.Database) => void;
}

/**
 * Every schema change, oldest first. Released migrations are never edited or
 * reordered: files in the field were built by them. A change is a new entry at the end.
 *
 * `position` is the rowid, so SQLite gives each new event max + 1 while the writer
 * holds the write lock: positions are contiguous from 1, and a reader can never see
 * a later position before an earlier one commits. Events are never deleted
 * (erasure is by crypto-shredding), so a position is never reused.
 */
export const migrations: ReadonlyArray<Migration> = [
  {
    description: 'events: one global position, one revision per stream',
    apply: (database) =>
      database.exec(`
        CREATE TABLE events (
          position INTEGER PRIMARY KEY,
          stream_id TEXT NOT NULL,
          revision INTEGER NOT NULL,
          event_id TEXT NOT NULL,
          type TEXT NOT NULL,
          schema_version INTEGER NOT NULL,
          data TEXT NOT NULL,
          metadata TEXT NOT NULL,
          UNIQUE (stream_id, revision)
        ) STRICT;
      `),
  },
  {
    description: 'projection checkpoints, each kept with its state',
    apply: (database) =>
      database.exec(`
        CREATE TABLE projection_checkpoints (
          projection TEXT PRIMARY KEY,
          position INTEGER NOT NULL,
          state TEXT NOT NULL
        ) STRICT;
      `),
  },
];
