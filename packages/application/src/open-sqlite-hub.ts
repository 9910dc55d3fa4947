import { openSqliteEventStore, openSqliteKeyStore, type Durability, type SqliteKeyStore } from '@send-hub/store-sqlite';
import { createHub, type Hub, type HubOptions } from './hub';

export interface SqliteHubOptions extends Omit<HubOptions, 'store' | 'keyStore' | 'checkpoints' | 'release'> {
  /** The event file (created when missing). The read models' checkpoints live in it too. */
  readonly file: string;
  /**
   * The personal-data key file; by default the event file's name with `.keys` added.
   * Keep it on other storage where you can: whoever holds both files can read the names.
   */
  readonly keyFile?: string;
  /** `full` (default): an acknowledged command survives a power cut. */
  readonly durability?: Durability;
  /** Open without writing: commands and read-model saves fail with a clear error. */
  readonly readOnly?: boolean;
}

export const defaultKeyFileFor = (file: string): string => `${file}.keys`;

/** Opens the embedded default: a hub on one SQLite event file and its key file. */
export const openSqliteHub = (options: SqliteHubOptions): Hub => {
  const { file, keyFile, durability, readOnly, ...hubOptions } = options;
  const store = openSqliteEventStore({ file, ...(durability === undefined ? {} : { durability }), ...(readOnly === undefined ? {} : { readOnly }) });
  let opened: SqliteKeyStore;
  try {
    opened = openSqliteKeyStore({ file: keyFile ?? defaultKeyFileFor(file) });
  } catch (error) {
    void store.dispose();
    throw error;
  }
  return createHub({
    ...hubOptions,
    store,
    keyStore: opened,
    checkpoints: store.checkpoints,
    release: async () => {
      try {
        await store.dispose();
      } finally {
        await opened.dispose();
      }
    },
  });
};
