import { requireSchemaName } from './connection/schema-name';
import { openSchema } from './connection/open-schema';
import { PostgresEventStore } from './postgres-event-store';
import { eventMigrations } from './schema/migrations';
import { resolveEventStoreOptions, type PostgresEventStoreOptions } from './store-options';

/**
 * Opens the event store kept in one schema of a PostgreSQL database (default
 * `send_hub`), creating or upgrading the schema as needed. Rejects with
 * `StoreUnavailableError` when the server cannot be reached, refuses the user or
 * password, has no such database, is read-only and the schema needs creating, or the
 * schema was written by a newer send-hub (`SchemaTooNewError`). Call `dispose()` when done.
 */
export const openPostgresEventStore = async (options: PostgresEventStoreOptions): Promise<PostgresEventStore> => {
  const resolved = resolveEventStoreOptions(options);
  const schema = requireSchemaName('schema', resolved.schema);
  const pool = await openSchema({ ...resolved, schema, migrations: eventMigrations, kind: 'event store' });
  return new PostgresEventStore(pool, { ...resolved, schema });
};
