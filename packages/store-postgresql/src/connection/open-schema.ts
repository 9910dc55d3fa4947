import type { Pool } from 'pg';
import { asPostgresFailure, describeServer } from './postgres-failure';
import { openPool, type Durability } from './open-pool';
import { refuseBesideEvents } from './refuse-beside-events';
import { migrate } from '../schema/migrate';
import type { Migration } from '../schema/migrations';

/** What opening a schema needs: where, which schema, and the steps that build it. */
export interface SchemaToOpen {
  readonly connectionString: string;
  readonly schema: string;
  readonly migrations: ReadonlyArray<Migration>;
  readonly maxConnections: number;
  readonly statementTimeoutMs: number;
  /** What the store is, for messages: "event store", "key store". */
  readonly kind: string;
  readonly durability?: Durability;
  /** For a side store: refuse a schema that holds events, with this advice. */
  readonly besideEvents?: string;
}

/**
 * Connects, then creates or upgrades the schema. Rejects with `StoreUnavailableError`
 * saying what is wrong (server unreachable, user or password refused, no such database,
 * read-only server, schema from a newer version); the pool is closed again then.
 */
export const openSchema = async (target: SchemaToOpen): Promise<Pool> => {
  const pool = openPool(target.connectionString, target.maxConnections, target.statementTimeoutMs, `send-hub ${target.kind}`, target.durability);
  try {
    const client = await pool.connect();
    try {
      if (target.besideEvents !== undefined) await refuseBesideEvents(client, target.schema, target.kind, target.besideEvents);
      await migrate(client, target.schema, target.migrations);
    } finally {
      client.release();
    }
    return pool;
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw asPostgresFailure(error, describeServer(target.connectionString), `the ${target.kind} in schema "${target.schema}" cannot be opened`);
  }
};
