/**
 * `full`: every acknowledged append survives a power cut (SQLite `synchronous = FULL`).
 * `normal`: faster commits; a power cut (not a program crash) can lose the last few
 * acknowledged appends, though the file is never corrupted.
 */
export type Durability = 'full' | 'normal';

export interface SqliteEventStoreOptions {
  /** Path of the database file (created when missing), or `:memory:` for a private store that vanishes on dispose. */
  readonly file: string;
  /** Default `full`. See the package README for the trade-off. */
  readonly durability?: Durability;
  /** How long to wait for another program's write to finish before giving up; default 5,000 ms. */
  readonly busyTimeoutMs?: number;
  /** How often live subscriptions look for events appended by other processes; default 50 ms. */
  readonly pollIntervalMs?: number;
  /** Open without writing: appends and checkpoint saves fail with a clear error. Default false. */
  readonly readOnly?: boolean;
  /**
   * Rows fetched per query by `readAll`, `readAllPages` and subscriptions; default 250. A page in
   * flight is what survives each young-generation collection of a long read: pages of 1,000 kept
   * about 3.5 MB alive at every one, copied and promoted, and doubled a million-event rebuild's peak memory.
   */
  readonly pageSize?: number;
  /**
   * Whether long whole-history reads (`readAll`, `readAllPages`) are read by a worker thread a
   * few pages ahead of the reader, so stepping through SQLite runs on another core while the
   * reader folds; default true. Never for `:memory:`, which no other thread can open.
   */
  readonly readAhead?: boolean;
  /**
   * How many events (counted by position) make a read long enough to read ahead; default
   * 100,000. Starting the thread costs more than it saves on a short read: a rebuild of a
   * 52,297-event history ran at 0.61 of raw read-and-parse read ahead and 0.66 on one
   * thread; of 204,792 events, 0.65 read ahead and 0.59 on one thread.
   */
  readonly readAheadFrom?: number;
  /**
   * Whether appends that arrive together share one transaction and one commit (one flush to
   * the disk with durability `full`); default true. Each append keeps its own revision check
   * and outcome, and resolves only once its group is committed. False commits each append at
   * once, in a transaction of its own, before `append` returns: the store's behaviour before
   * group commit, kept for comparisons.
   */
  readonly groupCommit?: boolean;
}

export type ResolvedOptions = Required<SqliteEventStoreOptions>;

const defaults = {
  durability: 'full',
  busyTimeoutMs: 5_000,
  pollIntervalMs: 50,
  readOnly: false,
  pageSize: 250,
  readAhead: true,
  readAheadFrom: 100_000,
  groupCommit: true,
} as const;

const requireWholeNumber = (name: string, value: number, minimum: number): number => {
  if (!Number.isSafeInteger(value) || value < minimum) {
    throw new RangeError(`The SQLite store option "${name}" must be a whole number of at least ${minimum}, but was ${String(value)}.`);
  }
  return value;
};

const requireBoolean = (name: string, value: unknown): boolean => {
  if (typeof value === 'boolean') return value;
  throw new TypeError(`The SQLite store option "${name}" must be true or false, but was ${String(value)}.`);
};

/** Fills in defaults and refuses nonsense early, naming the option at fault. */
export const resolveOptions = (options: SqliteEventStoreOptions): ResolvedOptions => {
  if (typeof options.file !== 'string' || options.file.length === 0) {
    throw new TypeError('The SQLite store option "file" must name a file (or be ":memory:").');
  }
  const durability = options.durability ?? defaults.durability;
  if (durability !== 'full' && durability !== 'normal') {
    throw new RangeError(`The SQLite store option "durability" must be "full" or "normal", but was ${String(durability)}.`);
  }
  return {
    file: options.file,
    durability,
    busyTimeoutMs: requireWholeNumber('busyTimeoutMs', options.busyTimeoutMs ?? defaults.busyTimeoutMs, 0),
    pollIntervalMs: requireWholeNumber('pollIntervalMs', options.pollIntervalMs ?? defaults.pollIntervalMs, 1),
    readOnly: options.readOnly ?? defaults.readOnly,
    pageSize: requireWholeNumber('pageSize', options.pageSize ?? defaults.pageSize, 1),
    readAhead: requireBoolean('readAhead', options.readAhead ?? defaults.readAhead),
    readAheadFrom: requireWholeNumber('readAheadFrom', options.readAheadFrom ?? defaults.readAheadFrom, 0),
    groupCommit: requireBoolean('groupCommit', options.groupCommit ?? defaults.groupCommit),
  };
};
