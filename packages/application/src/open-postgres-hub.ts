import {
  openPostgresAccessLog,
  openPostgresEventStore,
  openPostgresKeyStore,
  openPostgresReadModelStore,
  type PostgresAccessLog,
  type PostgresEventStore,
  type PostgresKeyStore,
  type PostgresReadModelStore,
  type Durability,
} from '@send-hub/store-postgresql';
import { createHub, type Hub, type HubOptions } from './hub';
import type { HubSealing } from './hub-sealing';

export interface PostgresHubOptions extends Omit<HubOptions, 'store' | 'keyStore' | 'checkpoints' | 'accessLog' | 'release' | 'contiguousPositionsFrom' | 'sealing'> {
  /** The database of the council's events, for example `postgres://send_hub@db.example:5432/send_hub`. */
  readonly connectionString: string;
  /** The council's event schema (one per council on a shared server); default `send_hub`. */
  readonly schema?: string;
  /**
   * Where the personal-data keys are kept: by default the same database. Put them in another
   * database, or behind another role, where you can: whoever reads both can read the names.
   */
  readonly keyConnectionString?: string;
  /** The key schema; by default the event schema's name with `_keys` added. */
  readonly keySchema?: string;
  /** The read models' schema; by default the event schema's name with `_read_models` added. It can always be rebuilt. */
  readonly readModelSchema?: string;
  /** The access log's schema; by default the event schema's name with `_access_log` added. Back it up with the events. */
  readonly accessLogSchema?: string;
  /** The sealing key: by default the hub's own, kept in the key schema; a council's key service; or false, not sealed. */
  readonly sealing?: HubSealing | false;
  /** `full` (default): an acknowledged command is on the server's disk; `normal`: asynchronous commit, faster. */
  readonly durability?: Durability;
  /** Commands that arrive together share one transaction (default true); false commits each on its own. */
  readonly groupCommit?: boolean;
}

/** Closes what opened before a later store failed to open, and rethrows. */
const closingOnFailure = async <A>(opened: ReadonlyArray<{ dispose(): Promise<void> }>, open: () => Promise<A>): Promise<A> => {
  try {
    return await open();
  } catch (error) {
    await Promise.all(opened.map((store) => store.dispose().catch(() => undefined)));
    throw error;
  }
};

/**
 * A hub on a PostgreSQL server: the council's events in its schema, with the keys, read
 * models and access log each in a schema of their own beside it (the keys maybe in another
 * database). Rejects with `StoreUnavailableError` saying what is wrong when a store cannot be opened.
 */
export const openPostgresHub = async (options: PostgresHubOptions): Promise<Hub> => {
  const { connectionString, schema, keyConnectionString, keySchema, readModelSchema, accessLogSchema, groupCommit, durability, sealing, ...hubOptions } = options;
  const durable = durability === undefined ? {} : { durability };
  const store: PostgresEventStore = await openPostgresEventStore({ connectionString, ...durable, ...(schema === undefined ? {} : { schema }), ...(groupCommit === undefined ? {} : { groupCommit }) });
  const eventSchema = store.schema;
  const keyStore: PostgresKeyStore = await closingOnFailure([store], () =>
    openPostgresKeyStore({ connectionString: keyConnectionString ?? connectionString, eventSchema, ...durable, ...(keySchema === undefined ? {} : { schema: keySchema }) }),
  );
  const readModels: PostgresReadModelStore = await closingOnFailure([store, keyStore], () =>
    openPostgresReadModelStore({ connectionString, eventSchema, ...(readModelSchema === undefined ? {} : { schema: readModelSchema }) }),
  );
  const accessLog: PostgresAccessLog = await closingOnFailure([store, keyStore, readModels], () =>
    openPostgresAccessLog({ connectionString, eventSchema, ...(accessLogSchema === undefined ? {} : { schema: accessLogSchema }) }),
  );
  return createHub({
    ...hubOptions,
    store,
    keyStore,
    checkpoints: readModels,
    accessLog,
    sealing: sealing === false ? undefined : (sealing ?? { keptBy: keyStore }),
    release: async () => {
      try {
        await store.dispose();
      } finally {
        await Promise.all([keyStore.dispose(), readModels.dispose(), accessLog.dispose()]);
      }
    },
  });
};
