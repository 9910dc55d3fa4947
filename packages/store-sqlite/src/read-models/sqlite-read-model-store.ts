import Database from 'better-sqlite3';
import { StoreUnavailableError, type CheckpointStore, type ProjectionSnapshot } from '@send-hub/event-store';
import { openSideFile, type SideFileOptions } from '../database/open-side-file';
import { guardedSideFile } from '../database/side-file-failure';

const schema = `
  CREATE TABLE IF NOT EXISTS read_models (
    projection TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    state TEXT NOT NULL
  ) STRICT;
`;

const kind = 'read model file';
const purpose = 'read models cannot be saved';

/**
 * Read models' state and checkpoints in an SQLite file of their own. A district's read
 * model shows children's names, so its saved state is personal data in clear: it must
 * never sit in the event file, which is backed up, exported and handed to auditors. It
 * can always be rebuilt from the events and the keys, so this file needs no backup.
 * Every save overwrites the old state (`secure_delete`) and checkpoints the write-ahead
 * log, so a name purged after an erasure is gone from the file, not merely marked free.
 */
export class SqliteReadModelStore implements CheckpointStore {
  private readonly select: Database.Statement<[string], [bigint, string]>;
  private readonly upsert: Database.Statement<[string, bigint, string]>;
  private readonly remove: Database.Statement<[string]>;

  constructor(
    private readonly database: Database.Database,
    private readonly file: string,
  ) {
    this.select = database.prepare<[string], [bigint, string]>('SELECT position, state FROM read_models WHERE projection = ?').raw().safeIntegers(true);
    this.upsert = database.prepare('INSERT INTO read_models (projection, position, state) VALUES (?, ?, ?) ON CONFLICT (projection) DO UPDATE SET position = excluded.position, state = excluded.state');
    this.remove = database.prepare('DELETE FROM read_models WHERE projection = ?');
  }

  async load(projection: string): Promise<ProjectionSnapshot | undefined> {
    const row = this.guard(() => this.select.get(requireName(projection)));
    return row === undefined ? undefined : { position: row[0], state: row[1] };
  }

  async save(projection: string, snapshot: ProjectionSnapshot): Promise<void> {
    const name = requireName(projection);
    if (typeof snapshot.position !== 'bigint' || snapshot.position < 0n) throw new TypeError(`The position of read model "${name}" must be a bigint of 0 or more.`);
    if (typeof snapshot.state !== 'string') throw new TypeError(`The state of read model "${name}" must be serialised to text before saving.`);
    this.guard(() => {
      this.upsert.run(name, snapshot.position, snapshot.state);
      this.database.pragma('wal_checkpoint(TRUNCATE)');
    });
  }

  async reset(projection: string): Promise<void> {
    const name = requireName(projection);
    this.guard(() => {
      this.remove.run(name);
      this.database.pragma('wal_checkpoint(TRUNCATE)');
    });
  }

  async dispose(): Promise<void> {
    if (this.database.open) this.database.close();
  }

  private guard<Result>(work: () => Result): Result {
    if (!this.database.open) throw new StoreUnavailableError(`The ${kind} "${this.file}" was closed; open it again.`);
    return guardedSideFile(this.file, kind, purpose, work);
  }
}

const requireName = (projection: unknown): string => {
  if (typeof projection === 'string' && projection.length > 0) return projection;
  throw new TypeError(`A read model name must be non-empty text, but was ${String(projection)}.`);
};

/** Opens (creating when missing) the read model file; refuses an event store or key store file. */
export const openSqliteReadModelStore = (options: SideFileOptions): SqliteReadModelStore =>
  guardedSideFile(options.file, kind, purpose, () =>
    openSideFile(options, kind, ['events', 'personal_data_keys'], 'Keep read models in a file of their own.', (database) => {
      database.pragma('journal_mode = WAL');
      database.pragma('synchronous = NORMAL');
      database.pragma('secure_delete = ON');
      database.exec(schema);
      return new SqliteReadModelStore(database, options.file);
    }),
  );
