import type { Pool } from 'pg';
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
import { openSchema } from '../connection/open-schema';
import type { Durability } from '../connection/open-pool';
import { GroupedRequests } from '../connection/grouped-requests';
import { asPostgresFailure, describeServer, type ServerDescription } from '../connection/postgres-failure';
import { quoted, requireSchemaName } from '../connection/schema-name';
import { defaultSchema, requireConnectionString } from '../store-options';
import { keyStoreMigrations } from './key-store-migrations';

type KeyRow = [keyId: string, key: Buffer | null, createdAt: string, destroyedAt: string | null];

interface KeyCreation {
  readonly keyId: string;
  readonly key: Uint8Array;
  readonly createdAt: string;
}

/** How many statements of lookups, and of creations, may be on their way at once; requests arriving meanwhile go in the next. */
const statementsInFlight = 2;

const missing: KeyLookup = { status: 'missing' };

const lookupOf = (row: KeyRow | undefined): KeyLookup =>
  row === undefined ? missing : row[1] === null ? { status: 'destroyed', destroyedAt: row[3] ?? '' } : { status: 'active', key: new Uint8Array(row[1]) };

/**
 * Per-child keys in a schema of their own (by default the event schema's name with
 * `_keys` added), which a council can put in another database, or give to another role:
 * a copy of the events holds no key, and destroying a key erases that child's personal
 * data from every copy. PostgreSQL never overwrites a row in place: an update leaves the
 * old version, key and all, as a dead tuple until a vacuum. So `destroy` rewrites the table
 * (`VACUUM FULL`), which copies only live rows into a new file and removes the old one:
 * no copy of the key is left in the table. It first waits for transactions older than the
 * erasure to end (`erasureWaitMs`, default 60 s), since a vacuum keeps a row version that an
 * open transaction may still read. The server's write-ahead log keeps the key
 * until its segments are recycled (and in any archive of it): see the package README.
 */
export class PostgresKeyStore implements KeyStore, SealingKeyKeeper {
  private disposed = false;
  private readonly server: ServerDescription;
  private readonly lookups = new GroupedRequests<string, KeyLookup>(statementsInFlight, (keyIds) => this.lookUp(keyIds));
  private readonly creations = new GroupedRequests<KeyCreation, KeyLookup>(statementsInFlight, (creations) => this.createTogether(creations));

  constructor(
    private readonly pool: Pool,
    readonly schema: string,
    connectionString: string,
    /** How long `destroy` waits for transactions older than the erasure before rewriting the table anyway. */
    private readonly erasureWaitMs = 60_000,
  ) {
    this.server = describeServer(connectionString);
  }

  get(keyId: string): Promise<KeyLookup> {
    return this.lookups.ask(keyId);
  }

  async getMany(keyIds: ReadonlyArray<string>): Promise<ReadonlyMap<string, KeyLookup>> {
    const rows = await this.query<KeyRow>(`SELECT key_id, key, created_at, destroyed_at FROM ${this.table('personal_data_keys')} WHERE key_id = ANY($1)`, [keyIds]);
    const found = new Map(rows.map((row) => [row[0], lookupOf(row)]));
    return new Map(keyIds.map((keyId) => [keyId, found.get(keyId) ?? missing]));
  }

  async create(keyId: string, key: Uint8Array, createdAt: string): Promise<KeyLookup> {
    requireKeyLength(keyId, key);
    return this.creations.ask({ keyId, key, createdAt });
  }

  /** Lookups that arrive together: one statement. */
  private async lookUp(keyIds: ReadonlyArray<string>): Promise<ReadonlyArray<KeyLookup>> {
    if (keyIds.length === 1) {
      const rows = await this.query<KeyRow>(`SELECT key_id, key, created_at, destroyed_at FROM ${this.table('personal_data_keys')} WHERE key_id = $1`, [keyIds[0]]);
      return [lookupOf(rows[0])];
    }
    const found = await this.getMany(keyIds);
    return keyIds.map((keyId) => found.get(keyId) ?? missing);
  }

  /**
   * Keys made together: one statement, so one commit and, at full durability, one flush for
   * all of them, each answered only once that commit is on disk. Each id's row is inserted,
   * or, when the id was already known (a tombstone included), the row kept; two asking for
   * the same id in one group both get the first one's key.
   */
  private async createTogether(creations: ReadonlyArray<KeyCreation>): Promise<ReadonlyArray<KeyLookup>> {
    const first = new Map<string, KeyCreation>();
    for (const creation of creations) if (!first.has(creation.keyId)) first.set(creation.keyId, creation);
    const wanted = [...first.values()];
    const table = this.table('personal_data_keys');
    const rows = await this.query<KeyRow>(
      `WITH inserted AS (INSERT INTO ${table} (key_id, key, created_at) SELECT * FROM unnest($1::text[], $2::bytea[], $3::text[]) ON CONFLICT (key_id) DO NOTHING RETURNING key_id, key, created_at, destroyed_at) ` +
        `SELECT * FROM inserted UNION ALL SELECT key_id, key, created_at, destroyed_at FROM ${table} WHERE key_id = ANY($1) AND key_id NOT IN (SELECT key_id FROM inserted)`,
      [wanted.map((creation) => creation.keyId), wanted.map((creation) => Buffer.from(creation.key)), wanted.map((creation) => creation.createdAt)],
    );
    const found = new Map(rows.map((row) => [row[0], lookupOf(row)]));
    // An id another statement inserted while this one ran: the insert waited for that commit and
    // kept its row, which this statement's snapshot, taken before, cannot see. A fresh read can.
    const raced = wanted.map((creation) => creation.keyId).filter((keyId) => !found.has(keyId));
    if (raced.length > 0) for (const [keyId, lookup] of await this.getMany(raced)) found.set(keyId, lookup);
    return creations.map((creation) => found.get(creation.keyId) ?? missing);
  }

  async destroy(keyId: string, destroyedAt: string): Promise<KeyDestruction> {
    const changed = await this.query<[string]>(
      `UPDATE ${this.table('personal_data_keys')} SET key = NULL, destroyed_at = $1 WHERE key_id = $2 AND key IS NOT NULL RETURNING pg_current_xact_id()::text`,
      [destroyedAt, keyId],
    );
    const destroyedBy = changed[0]?.[0];
    if (destroyedBy === undefined) return (await this.get(keyId)).status === 'missing' ? 'missing' : 'already-destroyed';
    // The update left the old row version, key included, as a dead tuple. A vacuum must keep it
    // while any transaction that began before the update is still open (that transaction may still
    // read it), so wait for those to end, then rewrite the table without it.
    await this.waitForOlderTransactions(destroyedBy);
    await this.query(`VACUUM (FULL) ${this.table('personal_data_keys')}`, []);
    return 'destroyed';
  }

  /** Until no transaction older than `transactionId` is running on the server (or `erasureWaitMs` has passed). */
  private async waitForOlderTransactions(transactionId: string): Promise<void> {
    const deadline = Date.now() + this.erasureWaitMs;
    for (let wait = 5; Date.now() < deadline; wait = Math.min(wait * 2, 200)) {
      const [settled] = await this.query<[boolean]>('SELECT pg_snapshot_xmin(pg_current_snapshot()) > $1::xid8', [transactionId]);
      if (settled?.[0] === true) return;
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }

  async list(): Promise<ReadonlyArray<KeyRecord>> {
    const rows = await this.query<KeyRow>(`SELECT key_id, key, created_at, destroyed_at FROM ${this.table('personal_data_keys')} ORDER BY key_id COLLATE "C"`, []);
    return rows.map(([keyId, key, createdAt, destroyedAt]): KeyRecord =>
      key === null ? { keyId, status: 'destroyed', createdAt, destroyedAt: destroyedAt ?? '' } : { keyId, status: 'active', createdAt },
    );
  }

  async sealingKey(keyId: string): Promise<SealingKeyRecord | undefined> {
    const rows = await this.query<[string, Buffer, string | null, string]>(`SELECT key_id, key, sealed_after, created_at FROM ${this.table('sealing_keys')} WHERE key_id = $1`, [keyId]);
    const row = rows[0];
    return row === undefined ? undefined : { keyId: row[0], key: new Uint8Array(row[1]), sealedAfter: row[2] === null ? undefined : BigInt(row[2]), createdAt: row[3] };
  }

  async createSealingKey(record: SealingKeyRecord): Promise<SealingKeyRecord> {
    await this.query(`INSERT INTO ${this.table('sealing_keys')} (key_id, key, sealed_after, created_at) VALUES ($1, $2, $3, $4) ON CONFLICT (key_id) DO NOTHING`, [
      record.keyId,
      Buffer.from(record.key),
      record.sealedAfter === undefined ? null : record.sealedAfter.toString(),
      record.createdAt,
    ]);
    return (await this.sealingKey(record.keyId)) ?? record;
  }

  async dispose(): Promise<void> {
    if (this.disposed) return;
    this.disposed = true;
    await this.pool.end();
  }

  private table(name: string): string {
    return `${quoted(this.schema)}.${name}`;
  }

  private async query<Row extends unknown[]>(text: string, values: unknown[]): Promise<Row[]> {
    if (this.disposed) throw new StoreUnavailableError(`The key store in PostgreSQL schema "${this.schema}" was closed; open it again.`);
    try {
      return (await this.pool.query<Row>({ text, values, rowMode: 'array' })).rows;
    } catch (error) {
      throw asPostgresFailure(error, this.server, 'personal-data keys cannot be read or kept');
    }
  }
}

export interface PostgresKeyStoreOptions {
  readonly connectionString: string;
  /** Default: the event schema's name with `_keys` added (`send_hub_keys`). */
  readonly schema?: string;
  /** The event schema this key store serves, for the default name; default `send_hub`. */
  readonly eventSchema?: string;
  readonly maxConnections?: number;
  /** How long `destroy` waits for older transactions on the server to end before rewriting the key table; default 60,000 ms. */
  readonly erasureWaitMs?: number;
  /** `full` (default): a new key is on the server's disk before any event sealed with it is appended. */
  readonly durability?: Durability;
}

/** Opens (creating when missing) the key schema; refuses a schema that holds events: keys never sit beside the events they unlock. */
export const openPostgresKeyStore = async (options: PostgresKeyStoreOptions): Promise<PostgresKeyStore> => {
  const connectionString = requireConnectionString(options.connectionString);
  const schema = requireSchemaName('schema', options.schema ?? `${options.eventSchema ?? defaultSchema}_keys`);
  const pool = await openSchema({ connectionString, schema, migrations: keyStoreMigrations, maxConnections: options.maxConnections ?? 4, statementTimeoutMs: 60_000, kind: 'key store', ...(options.durability === undefined ? {} : { durability: options.durability }), besideEvents: 'Keep personal-data keys in a schema of their own, never beside the events.' });
  return new PostgresKeyStore(pool, schema, connectionString, options.erasureWaitMs ?? 60_000);
};
