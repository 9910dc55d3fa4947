import {
  openSqliteAccessLog,
  openSqliteEventStore,
  openSqliteKeyStore,
  openSqliteReadModelStore,
  type Durability,
  type SqliteAccessLog,
  type SqliteKeyStore,
  type SqliteReadModelStore,
} from '@send-hub/store-sqlite';
import { createHub, type Hub, type HubOptions } from './hub';
import type { HubSealing } from './hub-sealing';

export interface SqliteHubOptions extends Omit<HubOptions, 'store' | 'keyStore' | 'checkpoints' | 'accessLog' | 'release' | 'contiguousPositionsFrom' | 'sealing' | 'readOnly'> {
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
  /**
   * The log of who read a child's record; by default the event file's name with
   * `.access-log` added. It holds no personal data in clear (children by reference), but
   * it is the council's evidence of who looked: back it up with the event file.
   */
  readonly accessLogFile?: string;
  /** `full` (default): an acknowledged command survives a power cut. */
  readonly durability?: Durability;
  /**
   * The sealing key: by default the hub's own, kept in the key file (made on first use,
   * sealing from the head at that moment on); a council's key service; or false, not sealed.
   */
  readonly sealing?: HubSealing | false;
  /** Open without writing: commands and read-model saves fail with a clear error. */
  readonly readOnly?: boolean;
  /**
   * Commands that arrive together share one durable transaction in the event file, and the
   * keys they create one in the key file (default true); false commits each command's events
   * and each new key on their own, as before group commit, for comparisons.
   */
  readonly groupCommit?: boolean;
}

export const defaultKeyFileFor = (file: string): string => `${file}.keys`;
export const defaultReadModelFileFor = (file: string): string => `${file}.read-models`;
export const defaultAccessLogFileFor = (file: string): string => `${file}.access-log`;

/** Opens the embedded default: a hub on one SQLite event file, with its key file and read model file beside it. */
export const openSqliteHub = (options: SqliteHubOptions): Hub => {
  const { file, keyFile, readModelFile, accessLogFile, durability, readOnly, groupCommit, sealing, ...hubOptions } = options;
  const store = openSqliteEventStore({
    file,
    ...(durability === undefined ? {} : { durability }),
    ...(readOnly === undefined ? {} : { readOnly }),
    ...(groupCommit === undefined ? {} : { groupCommit }),
  });
  let opened: SqliteKeyStore;
  let readModels: SqliteReadModelStore;
  let accessLog: SqliteAccessLog;
  try {
    opened = openSqliteKeyStore({ file: keyFile ?? defaultKeyFileFor(file), ...(groupCommit === undefined ? {} : { groupCommit }) });
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
  try {
    accessLog = openSqliteAccessLog({ file: accessLogFile ?? defaultAccessLogFileFor(file) });
  } catch (error) {
    void store.dispose();
    void opened.dispose();
    void readModels.dispose();
    throw error;
  }
  return createHub({
    ...hubOptions,
    // SQLite gives each event the next rowid: positions count from 1 with no gaps (see the store's schema).
    contiguousPositionsFrom: 1n,
    ...(readOnly === true ? { readOnly } : {}),
    store,
    keyStore: opened,
    checkpoints: readModels,
    accessLog,
    sealing: sealing === false ? undefined : (sealing ?? { keptBy: opened }),
    release: async () => {
      try {
        await store.dispose();
      } finally {
        await Promise.all([opened.dispose(), readModels.dispose(), accessLog.dispose()]);
      }
    },
  });
};
