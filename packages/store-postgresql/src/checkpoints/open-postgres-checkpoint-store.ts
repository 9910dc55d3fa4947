import { openPostgresEventStore } from '../open-postgres-event-store';
import type { PostgresEventStore } from '../postgres-event-store';
import type { PostgresSideStoreOptions } from '../read-models/postgres-read-model-store';
import type { PostgresCheckpointStore } from './postgres-checkpoint-store';

/**
 * The checkpoint store beside an event schema: `projection_checkpoints` in the same schema,
 * opened (and migrated) with its events, through the event store's pool. Dispose the
 * returned event store when done.
 */
export const openPostgresCheckpointStore = async (
  options: PostgresSideStoreOptions,
): Promise<{ readonly checkpoints: PostgresCheckpointStore; readonly store: PostgresEventStore }> => {
  const store = await openPostgresEventStore({ connectionString: options.connectionString, ...(options.schema === undefined ? {} : { schema: options.schema }) });
  return { checkpoints: store.checkpoints, store };
};
