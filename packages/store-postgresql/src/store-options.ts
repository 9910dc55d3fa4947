import type { Durability } from './connection/open-pool';

/** Where a store lives on a PostgreSQL server and how it behaves. */
export interface PostgresStoreOptions {
  /** For example `postgres://user@127.0.0.1:5432/send_hub`. */
  readonly connectionString: string;
  /** The schema holding this council's tables; created when missing. */
  readonly schema?: string;
  /** Most connections the store's pool opens; default 10. */
  readonly maxConnections?: number;
}

export interface PostgresEventStoreOptions extends PostgresStoreOptions {
  /** The schema of this council's events; default `send_hub`. */
  readonly schema?: string;
  /**
   * Whether appends that arrive together share one transaction and one commit; default true.
   * Each append keeps its own revision check and outcome. False commits each append in a
   * transaction of its own, for comparisons.
   */
  readonly groupCommit?: boolean;
  /** `full` (default): every acknowledged append is on the server's disk; `normal`: see `Durability`. */
  readonly durability?: Durability;
  /** How often live subscriptions look for new events when no notification arrives; default 250 ms. */
  readonly pollIntervalMs?: number;
  /**
   * Rows fetched per query by `readAll`, `readAllPages` and subscriptions; default 1,000
   * (a page of hub events is under a megabyte; 500 took twice the round trips).
   */
  readonly pageSize?: number;
  /**
   * How long a read or subscription waits for the server to come back (after a restart)
   * before failing with `StoreUnavailableError`; default 30,000 ms. Appends never wait: they fail at once.
   */
  readonly reconnectTimeoutMs?: number;
  /** How long one statement may run before the server cancels it; default 60,000 ms. */
  readonly statementTimeoutMs?: number;
}

export type ResolvedEventStoreOptions = Required<PostgresEventStoreOptions>;

export const defaultSchema = 'send_hub';

const requireWholeNumber = (name: string, value: number, minimum: number): number => {
  if (!Number.isSafeInteger(value) || value < minimum) {
    throw new RangeError(`The PostgreSQL store option "${name}" must be a whole number of at least ${minimum}, but was ${String(value)}.`);
  }
  return value;
};

const requireBoolean = (name: string, value: unknown): boolean => {
  if (typeof value === 'boolean') return value;
  throw new TypeError(`The PostgreSQL store option "${name}" must be true or false, but was ${String(value)}.`);
};

const requireDurability = (value: unknown): Durability => {
  if (value === 'full' || value === 'normal') return value;
  throw new RangeError(`The PostgreSQL store option "durability" must be "full" or "normal", but was ${String(value)}.`);
};

export const requireConnectionString = (value: unknown): string => {
  if (typeof value === 'string' && value.length > 0) return value;
  throw new TypeError('The PostgreSQL store option "connectionString" must be a connection string, for example "postgres://postgres@127.0.0.1:5432/send_hub".');
};

/** Fills in defaults and refuses nonsense early, naming the option at fault. */
export const resolveEventStoreOptions = (options: PostgresEventStoreOptions): ResolvedEventStoreOptions => ({
  connectionString: requireConnectionString(options.connectionString),
  schema: options.schema ?? defaultSchema,
  maxConnections: requireWholeNumber('maxConnections', options.maxConnections ?? 10, 1),
  durability: requireDurability(options.durability ?? 'full'),
  groupCommit: requireBoolean('groupCommit', options.groupCommit ?? true),
  pollIntervalMs: requireWholeNumber('pollIntervalMs', options.pollIntervalMs ?? 250, 1),
  pageSize: requireWholeNumber('pageSize', options.pageSize ?? 1_000, 1),
  reconnectTimeoutMs: requireWholeNumber('reconnectTimeoutMs', options.reconnectTimeoutMs ?? 30_000, 0),
  statementTimeoutMs: requireWholeNumber('statementTimeoutMs', options.statementTimeoutMs ?? 60_000, 1),
});
