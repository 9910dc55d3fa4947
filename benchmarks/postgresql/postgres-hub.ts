import { openPostgresHub, type Hub } from '@send-hub/application';
import type { EventStore } from '@send-hub/event-store';
import { openPostgresEventStore } from '@send-hub/store-postgresql';

/** The event store alone on `schema` (made and migrated on opening), as the import and read measure it. */
export const openBenchmarkStore = (connectionString: string, schema: string): Promise<EventStore> => openPostgresEventStore({ connectionString, schema });

/** The hub as a council embeds it on a PostgreSQL server: events, keys, checkpoints and read models in `schema`. */
export const openBenchmarkHub = (connectionString: string, schema: string): Promise<Hub> => openPostgresHub({ connectionString, schema });
