import { openSqliteEventStore, openSqliteKeyStore, openSqliteReadModelStore, type Durability, type SqliteKeyStore, type SqliteReadModelStore } from '@send-hub/store-sqlite';
import { createHub, type Hub, type HubOptions } from './hub';
import type { HubSealing } from './hub-sealing';

export interface SqliteHubOptions extends Omit<HubOptions, 'store' | 'keyStore' | 'checkpoints' | 'release' | 'sealing'> {
  /** The event file (created when missing): no personal data in clear, safe to back up and hand to auditors. */
  readonly file: string;
  /**
   * The personal-data key file; by default the event file's name with `.keys` added.
   * Keep it on other storage where you can: whoever holds both files can read the names.
   */
  readonly keyFile?: string;
  /**
   * The read models' saved state; by default the event file's name with `.read-models`
   * added. It holds no personal data (lists open children's names when they are shown),
   * and it can always be rebuilt from the events, so it needs no backup.
   */
  readonly readModelFile?: string;
  /** `full` (default): an acknowledged command survives a power cut. */
  readonly durability?: Durability;
  /**
   * The sealing key: by default the hub's own, kept in the key file (made on first use,
   * sealing from the head at that moment on); a council's key service; or false, not sealed.
   */
  readonly sealing?: HubSealing | false;
  /** Open without writing: commands and read-model saves fail with a clear error. */
  readonly readOnly?: boolean;
}

export const defaultKeyFileFor = (file: string): string => `${file}.keys`;
export const defaultReadModelFileFor = (file: string): string => `${file}.read-models`;

/** Opens the embedded default: a hub on one SQLite event file, with its key file and read model file beside it. */
export const openSqliteHub = (options: SqliteHubOptions): Hub => {
  const { file, keyFile, readModelFile, durability, readOnly, sealing, ...hubOptions } = options;
  const store = openSqliteEventStore({ file, ...(durability === undefined ? {} : { durability }), ...(readOnly === undefined ? {} : { readOnly }) });
  let opened: SqliteKeyStore;
  let readModels: SqliteReadModelStore;
  try {
    opened = openSqliteKeyStore({ file: keyFile ?? defaultKeyFileFor(file) });
  } catch (error) {
    void store.dispose();
    throw error;
  }
  try {
    readModels = openSqliteReadModelStore({ file: readModelFile ?? defaultReadModelFileFor(file) });
  } catch (error) {
    void store.dispose();
    void opened.dispose();
    throw error;
  }
  return createHub({
    ...hubOptions,
    store,
    keyStore: opened,
    checkpoints: readModels,
    sealing: sealing === false ? undefined : (sealing ?? { keptBy: opened }),
    release: async () => {
      try {
        await store.dispose();
      } finally {
        await Promise.all([opened.dispose(), readModels.dispose()]);
      }
    },
  });
};
