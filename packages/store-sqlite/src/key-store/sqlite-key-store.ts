import Database from 'better-sqlite3';
import {
  requireKeyLength,
  StoreUnavailableError,
  type KeyDestruction,
  type KeyLookup,
  type KeyRecord,
  type KeyStore,
  type SealingKeyKeeper,
  type SealingKeyRecord,
} from '@send-hub/event-store';
import { GroupCommit } from '../database/group-commit';
import { openSideFile, type SideFileOptions } from '../database/open-side-file';
import { asKeyStoreFailure, guardedKeyStore } from '../database/side-file-failure';

type KeyRow = { key_id: string; key: Buffer | null; created_at: string; destroyed_at: string | null };

const schema = `
  CREATE TABLE IF NOT EXISTS personal_data_keys (
    key_id TEXT PRIMARY KEY,
    key BLOB,
    created_at TEXT NOT NULL,
    destroyed_at TEXT,
    CHECK ((key IS NULL) = (destroyed_at IS NOT NULL))
  ) STRICT;
  CREATE TABLE IF NOT EXISTS sealing_keys (
    key_id TEXT PRIMARY KEY,
    key BLOB NOT NULL,
    sealed_after INTEGER,
    created_at TEXT NOT NULL
  ) STRICT;
`;

type SealingKeyRow = { key_id: string; key: Buffer; sealed_after: bigint | null; created_at: string };

const sealingKeyOf = (row: SealingKeyRow | undefined): SealingKeyRecord | undefined =>
  row === undefined ? undefined : { keyId: row.key_id, key: new Uint8Array(row.key), sealedAfter: row.sealed_after ?? undefined, createdAt: row.created_at };

const missing: KeyLookup = { status: 'missing' };

const lookupFrom = (key: Buffer | null, destroyedAt: string | null): KeyLookup =>
  key === null ? { status: 'destroyed', destroyedAt: destroyedAt ?? '' } : { status: 'active', key: new Uint8Array(key) };

const lookupOf = (row: KeyRow | undefined): KeyLookup => (row === undefined ? missing : lookupFrom(row.key, row.destroyed_at));

/**
 * Per-child keys in an SQLite file of their own, never the event store's file: a copy
 * of the event log (a backup, an export) then holds no key, and destroying a key
 * erases that child's personal data from every copy. Destroying overwrites the key
 * (`secure_delete`) and checkpoints the write-ahead log, so the key's bytes are gone
 * from the file and its log, not merely marked free. It also keeps the key the hub
 * seals events with (`sealing_keys`), which is never destroyed.
 */
export class SqliteKeyStore implements KeyStore, SealingKeyKeeper {
  private readonly statements;
  private readonly writes: GroupCommit;

  /** With `groupCommit`, keys created together are committed together, in one flush to the disk. */
  constructor(
    private readonly database: Database.Database,
    private readonly file: string,
    groupCommit = true,
  ) {
    this.writes = new GroupCommit(database, (error) => asKeyStoreFailure(error, file), groupCommit);
    this.statements = {
      get: database.prepare<[string], KeyRow>('SELECT key_id, key, created_at, destroyed_at FROM personal_data_keys WHERE key_id = ?'),
      // The ids as one JSON array: a single prepared statement serves any number of them.
      // Rows as arrays of the three columns a lookup needs: a page's worth of keys is read per call.
      getMany: database
        .prepare<[string], [keyId: string, key: Buffer | null, destroyedAt: string | null]>(
          'SELECT key_id, key, destroyed_at FROM personal_data_keys WHERE key_id IN (SELECT value FROM json_each(?))',
        )
        .raw(),
      insert: database.prepare<[string, Buffer, string]>('INSERT OR IGNORE INTO personal_data_keys (key_id, key, created_at) VALUES (?, ?, ?)'),
      destroy: database.prepare<[string, string]>('UPDATE personal_data_keys SET key = NULL, destroyed_at = ? WHERE key_id = ? AND key IS NOT NULL'),
      list: database.prepare<[], KeyRow>('SELECT key_id, key, created_at, destroyed_at FROM personal_data_keys ORDER BY key_id'),
      sealingKey: database.prepare<[string], SealingKeyRow>('SELECT key_id, key, sealed_after, created_at FROM sealing_keys WHERE key_id = ?').safeIntegers(),
      insertSealingKey: database.prepare<[string, Buffer, bigint | null, string]>('INSERT OR IGNORE INTO sealing_keys (key_id, key, sealed_after, created_at) VALUES (?, ?, ?, ?)'),
    };
  }

  async get(keyId: string): Promise<KeyLookup> {
    return this.guarded(() => lookupOf(this.statements.get.get(keyId)));
  }

  async getMany(keyIds: ReadonlyArray<string>): Promise<ReadonlyMap<string, KeyLookup>> {
    return this.guarded(() => {
      const found = new Map<string, KeyLookup>();
      for (const [keyId, key, destroyedAt] of this.statements.getMany.all(JSON.stringify(keyIds))) {
        found.set(keyId, lookupFrom(key, destroyedAt));
      }
      return new Map(keyIds.map((keyId) => [keyId, found.get(keyId) ?? missing]));
    });
  }

  async create(keyId: string, key: Uint8Array, createdAt: string): Promise<KeyLookup> {
    requireKeyLength(keyId, key);
    this.requireOpen();
    const created = this.writes.submit(() => {
      this.statements.insert.run(keyId, Buffer.from(key), createdAt);
      return lookupOf(this.statements.get.get(keyId));
    });
    // The key is durable before any event encrypted with it can be appended: the caller waits for this commit.
    return created;
  }

  async destroy(keyId: string, destroyedAt: string): Promise<KeyDestruction> {
    return this.guarded(() => {
      const outcome = this.database.transaction((): KeyDestruction => {
        if (this.statements.destroy.run(destroyedAt, keyId).changes > 0) return 'destroyed';
        return this.statements.get.get(keyId) === undefined ? 'missing' : 'already-destroyed';
      }).immediate();
      // Copies the overwritten page into the file and empties the log, where the key's old page still was.
      if (outcome === 'destroyed') this.database.pragma('wal_checkpoint(TRUNCATE)');
      return outcome;
    });
  }

  async list(): Promise<ReadonlyArray<KeyRecord>> {
    return this.guarded(() =>
      this.statements.list.all().map((row): KeyRecord =>
        row.key === null
          ? { keyId: row.key_id, status: 'destroyed', createdAt: row.created_at, destroyedAt: row.destroyed_at ?? '' }
          : { keyId: row.key_id, status: 'active', createdAt: row.created_at },
      ),
    );
  }

  async sealingKey(keyId: string): Promise<SealingKeyRecord | undefined> {
    return this.guarded(() => sealingKeyOf(this.statements.sealingKey.get(keyId)));
  }

  async createSealingKey(record: SealingKeyRecord): Promise<SealingKeyRecord> {
    return this.guarded(() =>
      this.database.transaction(() => {
        this.statements.insertSealingKey.run(record.keyId, Buffer.from(record.key), record.sealedAfter ?? null, record.createdAt);
        return sealingKeyOf(this.statements.sealingKey.get(record.keyId)) ?? record;
      }).immediate(),
    );
  }

  async dispose(): Promise<void> {
    if (!this.database.open) return;
    this.writes.flush();
    this.database.close();
  }

  private requireOpen(): void {
    if (!this.database.open) throw new StoreUnavailableError(`The key store file "${this.file}" was closed; open it again.`);
  }

  private guarded<Result>(work: () => Result): Result {
    this.requireOpen();
    return guardedKeyStore(this.file, work);
  }
}

/**
 * Opens (creating when missing) the key store kept in `file`. Refuses an event store
 * file: keys must never sit beside the events they unlock.
 */
export const openSqliteKeyStore = (options: SideFileOptions & { readonly groupCommit?: boolean }): SqliteKeyStore =>
  guardedKeyStore(options.file, () =>
    openSideFile(options, 'key store file', ['events'], 'Keep personal-data keys in a file of their own, never beside the events.', (database) => {
      database.pragma('journal_mode = WAL');
      database.pragma('synchronous = FULL');
      database.pragma('secure_delete = ON');
      database.exec(schema);
      return new SqliteKeyStore(database, options.file, options.groupCommit ?? true);
    }),
  );
