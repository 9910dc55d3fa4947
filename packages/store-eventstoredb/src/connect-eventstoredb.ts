import type { EventStore } from '@send-hub/event-store';
import { openClientGateway } from './client/eventstoredb-client-gateway';
import { createEventStoreDbStore } from './store/eventstoredb-store';
import { settingsFrom, type EventStoreDbOptions } from './store-options';

/**
 * An `EventStore` on an EventStoreDB server (22.10 or later), for example
 * `connectEventStoreDb('esdb://localhost:2113?tls=false')`. The client connects on
 * first use; call `dispose()` when done so the process can exit.
 */
export const connectEventStoreDb = (connectionString: string, options?: EventStoreDbOptions): EventStore => {
  const settings = settingsFrom(options);
  return createEventStoreDbStore(openClientGateway(connectionString), settings);
};
