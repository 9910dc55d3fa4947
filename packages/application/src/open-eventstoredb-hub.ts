import { InMemoryCheckpointStore, type CheckpointStore } from '@send-hub/event-store';
import { connectEventStoreDb, type EventStoreDbOptions } from '@send-hub/store-eventstoredb';
import { openSqliteAccessLog, openSqliteKeyStore } from '@send-hub/store-sqlite';
import { createHub, type Hub, type HubOptions } from './hub';
import type { HubSealing } from './hub-sealing';

export interface EventStoreDbHubOptions extends Omit<HubOptions, 'store' | 'keyStore' | 'checkpoints' | 'accessLog' | 'release' | 'sealing'> {
  /** For example `esdb://localhost:2113?tls=false`. */
  readonly connectionString: string;
  /** The personal-data key file: keys never go to the event server. */
  readonly keyFile: string;
  /** The SQLite file of the log of who read a child's record, kept by this service. */
  readonly accessLogFile: string;
  readonly eventStoreDb?: EventStoreDbOptions;
  /** The sealing key: by default the hub's own, kept in the key file; a council's key service; or false, not sealed. */
  readonly sealing?: HubSealing | false;
  /**
   * Where the read models keep their state; in memory by default, so they are built
   * afresh from the server each time the hub is opened. A long-running service should
   * pass a durable one.
   */
  readonly checkpoints?: CheckpointStore;
}

/** A hub whose events live on an EventStoreDB server, for a county or national deployment. */
export const openEventStoreDbHub = (options: EventStoreDbHubOptions): Hub => {
  const { connectionString, keyFile, accessLogFile, eventStoreDb, checkpoints, sealing, ...hubOptions } = options;
  const keyStore = openSqliteKeyStore({ file: keyFile });
  const accessLog = openSqliteAccessLog({ file: accessLogFile });
  const store = connectEventStoreDb(connectionString, eventStoreDb);
  return createHub({
    ...hubOptions,
    store,
    keyStore,
    accessLog,
    checkpoints: checkpoints ?? new InMemoryCheckpointStore(),
    sealing: sealing === false ? undefined : (sealing ?? { keptBy: keyStore }),
    release: async () => {
      try {
        await store.dispose();
      } finally {
        await Promise.all([keyStore.dispose(), accessLog.dispose()]);
      }
    },
  });
};
