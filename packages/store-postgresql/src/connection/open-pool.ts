import { Pool } from 'pg';

/**
 * `full`: every acknowledged append is on the server's disk (`synchronous_commit = on`).
 * `normal`: faster; a crash of the server (not of this program) can lose the last few
 * acknowledged appends, as `synchronous_commit = off` does, though nothing is ever corrupted.
 */
export type Durability = 'full' | 'normal';

/**
 * A pool of connections to one database. Bigint columns come back as text (the driver's
 * default, left alone), and the store turns them into bigints, never into numbers that lose digits. Idle connections that the server drops (a
 * restart) must not crash the process: the pool reports them here, and the next query
 * opens a fresh connection, or fails, and that failure is reported to the caller.
 */
export const openPool = (connectionString: string, maxConnections: number, statementTimeoutMs: number, applicationName: string, durability: Durability = 'full'): Pool => {
  const pool = new Pool({
    connectionString,
    max: maxConnections,
    statement_timeout: statementTimeoutMs,
    connectionTimeoutMillis: 10_000,
    idleTimeoutMillis: 10_000,
    application_name: applicationName,
    allowExitOnIdle: true,
    // Asynchronous commit: the server acknowledges before its log reaches the disk. A crash of the
    // server can lose the last few acknowledged transactions, never corrupt or reorder what is kept.
    // Set in each connection's start-up options, so no query of ours runs before it.
    ...(durability === 'normal' ? { options: '-c synchronous_commit=off' } : {}),
  });
  pool.on('error', () => undefined);
  // The same for a connection checked out between two queries: its next query fails, and that is reported.
  pool.on('connect', (client) => client.on('error', () => undefined));
  return pool;
};
