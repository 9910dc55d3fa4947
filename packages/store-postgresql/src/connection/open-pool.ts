import { Pool } from 'pg';

/**
 * A pool of connections to one database. Bigint columns come back as text (the driver's
 * default, left alone), and the store turns them into bigints, never into numbers that lose digits. Idle connections that the server drops (a
 * restart) must not crash the process: the pool reports them here, and the next query
 * opens a fresh connection, or fails, and that failure is reported to the caller.
 */
export const openPool = (connectionString: string, maxConnections: number, statementTimeoutMs: number, applicationName: string): Pool => {
  const pool = new Pool({
    connectionString,
    max: maxConnections,
    statement_timeout: statementTimeoutMs,
    connectionTimeoutMillis: 10_000,
    idleTimeoutMillis: 10_000,
    application_name: applicationName,
    allowExitOnIdle: true,
  });
  pool.on('error', () => undefined);
  return pool;
};
