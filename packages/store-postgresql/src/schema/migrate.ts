import type { PoolClient } from 'pg';
import { StoreUnavailableError } from '@send-hub/event-store';
import { quoted } from '../connection/schema-name';
import type { Migration } from './migrations';

/** The schema was written by a newer version of this library; using it could damage it. */
export class SchemaTooNewError extends StoreUnavailableError {
  constructor(
    readonly schema: string,
    readonly schemaVersion: number,
    readonly libraryVersion: number,
  ) {
    super(
      `The PostgreSQL schema "${schema}" has schema version ${schemaVersion}, but this version of ` +
        `@send-hub/store-postgresql only knows schema versions up to ${libraryVersion}. ` +
        'It was written by a newer send-hub: upgrade send-hub to use it.',
    );
    this.name = 'SchemaTooNewError';
  }
}

/** The schema's version: 0 when it (or its history) does not exist yet. */
export const readSchemaVersion = async (client: PoolClient, schema: string): Promise<number> => {
  // pg_tables, read with this statement's snapshot: to_regclass would look in the catalog
  // cache, which can still miss a table another process created while we waited for the lock.
  const history = await client.query<{ found: boolean }>("SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_tables WHERE schemaname = $1 AND tablename = 'schema_migrations') AS found", [schema]);
  if (history.rows[0]?.found !== true) return 0;
  const version = await client.query<{ version: number | null }>(`SELECT max(version) AS version FROM ${quoted(schema)}.schema_migrations`);
  return version.rows[0]?.version ?? 0;
};

const refuseNewer = (schema: string, found: number, latest: number): void => {
  if (found > latest) throw new SchemaTooNewError(schema, found, latest);
};

/**
 * Brings `schema` up to the newest version in `migrations`, every step in one transaction
 * (a failure leaves the old version intact), under an advisory lock so that processes
 * opening the same schema at once migrate it once. An up-to-date schema is only read,
 * so a read-only session can open it. Returns the version the schema now has.
 */
export const migrate = async (client: PoolClient, schema: string, migrations: ReadonlyArray<Migration>): Promise<number> => {
  const latest = migrations.length;
  const found = await readSchemaVersion(client, schema);
  refuseNewer(schema, found, latest);
  if (found === latest) return latest;
  await client.query('BEGIN');
  try {
    await client.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`send-hub migrations of ${schema}`]);
    // Another process may have migrated between our look and the lock.
    const current = await readSchemaVersion(client, schema);
    refuseNewer(schema, current, latest);
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoted(schema)}`);
    await client.query(`CREATE TABLE IF NOT EXISTS ${quoted(schema)}.schema_migrations (version integer PRIMARY KEY, description text NOT NULL)`);
    for (const [index, migration] of migrations.slice(current).entries()) {
      await client.query(migration.sql(schema));
      await client.query(`INSERT INTO ${quoted(schema)}.schema_migrations (version, description) VALUES ($1, $2)`, [current + index + 1, migration.description]);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
  return latest;
};
