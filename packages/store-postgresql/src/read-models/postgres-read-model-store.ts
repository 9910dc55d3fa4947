import type { Pool } from 'pg';
import { StoreUnavailableError, type CheckpointStore, type ProjectionSnapshot } from '@send-hub/event-store';
import { PostgresCheckpointStore } from '../checkpoints/postgres-checkpoint-store';
import { openSchema } from '../connection/open-schema';
import { asPostgresFailure, describeServer } from '../connection/postgres-failure';
import { quoted, requireSchemaName } from '../connection/schema-name';
import type { Migration } from '../schema/migrations';
import { defaultSchema, requireConnectionString } from '../store-options';

const readModelMigrations: ReadonlyArray<Migration> = [
  {
    description: 'read models, each state kept with its checkpoint',
    sql: (schema) => `CREATE TABLE ${quoted(schema)}.read_models (projection text PRIMARY KEY, position bigint NOT NULL, state text NOT NULL);`,
  },
];

/**
 * Read models' state and checkpoints in a schema of their own (by default the event
 * schema's name with `_read_models` added). A district's read model shows children's
 * names, so its state is personal data in clear: it never sits beside the events, which
 * are backed up, exported and handed to auditors. It can always be rebuilt from the
 * events and the keys. `reset` rewrites the table (`VACUUM FULL`), so a model dropped
 * after an erasure leaves no old copy in it.
 */
export class PostgresReadModelStore implements CheckpointStore {
  private disposed = false;
  private readonly rows: PostgresCheckpointStore;

  constructor(
    private readonly pool: Pool,
    readonly schema: string,
    connectionString: string,
  ) {
    const server = describeServer(connectionString);
    this.rows = new PostgresCheckpointStore(pool, schema, 'read_models', async (action) => {
      if (this.disposed) throw new StoreUnavailableError(`The read model store in PostgreSQL schema "${schema}" was closed; open it again.`);
      try {
        return await action();
      } catch (error) {
        throw asPostgresFailure(error, server, 'read models cannot be saved or loaded');
      }
    });
  }

  load(projection: string): Promise<ProjectionSnapshot | undefined> {
    return this.rows.load(projection);
  }

  save(projection: string, snapshot: ProjectionSnapshot): Promise<void> {
    return this.rows.save(projection, snapshot);
  }

  async reset(projection: string): Promise<void> {
    await this.rows.reset(projection);
    await this.pool.query(`VACUUM (FULL) ${quoted(this.schema)}.read_models`);
  }

  async dispose(): Promise<void> {
    if (this.disposed) return;
    this.disposed = true;
    await this.pool.end();
  }
}

export interface PostgresSideStoreOptions {
  readonly connectionString: string;
  /** The schema of this store; by default the event schema's name with a suffix saying what it holds. */
  readonly schema?: string;
  /** The event schema this store serves, for the default name; default `send_hub`. */
  readonly eventSchema?: string;
}

/** Opens (creating when missing) the read model schema; refuses a schema that holds events. */
export const openPostgresReadModelStore = async (options: PostgresSideStoreOptions): Promise<PostgresReadModelStore> => {
  const connectionString = requireConnectionString(options.connectionString);
  const schema = requireSchemaName('schema', options.schema ?? `${options.eventSchema ?? defaultSchema}_read_models`);
  const pool = await openSchema({ connectionString, schema, migrations: readModelMigrations, maxConnections: 2, statementTimeoutMs: 60_000, kind: 'read model store', besideEvents: 'Keep read models in a schema of their own.' });
  return new PostgresReadModelStore(pool, schema, connectionString);
};
