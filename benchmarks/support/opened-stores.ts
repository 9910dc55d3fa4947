import { join } from 'node:path';
import { InMemoryEventStore, InMemoryKeyStore, type EventStore, type KeyStore } from '@send-hub/event-store';
import { openSqliteEventStore, openSqliteKeyStore } from '@send-hub/store-sqlite';
import { removeDatabaseFiles } from '../sqlite/raw-sqlite';

/** A new, empty store and key store for one round of one side; `close` disposes of both and removes any files. */
export interface OpenedStores {
  readonly store: EventStore;
  readonly keyStore: KeyStore;
  readonly close: () => Promise<void>;
}

export const openInMemoryStores = (): OpenedStores => {
  const store = new InMemoryEventStore();
  const keyStore = new InMemoryKeyStore();
  return { store, keyStore, close: async () => void (await Promise.all([store.dispose(), keyStore.dispose()])) };
};

/** Opens a new pair of SQLite files in `folder` each time it is called. */
export const sqliteStoresIn = (folder: string): (() => OpenedStores) => {
  let round = 0;
  return () => {
    round += 1;
    const files = { events: join(folder, `events-${round}.sqlite`), keys: join(folder, `keys-${round}.sqlite`) };
    const store = openSqliteEventStore({ file: files.events });
    const keyStore = openSqliteKeyStore({ file: files.keys });
    const close = async (): Promise<void> => {
      await Promise.all([store.dispose(), keyStore.dispose()]);
      removeDatabaseFiles(files.events);
      removeDatabaseFiles(files.keys);
    };
    return { store, keyStore, close };
  };
};
