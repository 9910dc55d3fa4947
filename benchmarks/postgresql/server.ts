import { Client } from 'pg';

/** The server the group measures: the development and CI server unless the environment names another. */
export const benchmarkConnectionString = (): string => process.env.SEND_HUB_BENCH_POSTGRES ?? 'postgresql://postgres@127.0.0.1:5432/test';

/** The server's address without any password, for the result and for messages. */
export const serverDescription = (connectionString: string): string => {
  try {
    const url = new URL(connectionString);
    return `${url.hostname}:${url.port || '5432'}, database ${url.pathname.replace(/^\//, '') || 'postgres'}`;
  } catch {
    return 'the server named by SEND_HUB_BENCH_POSTGRES';
  }
};

/** The server's version and the settings a durable figure depends on, or why the server could not be reached. */
export type ServerProbe =
  | { readonly reachable: true; readonly version: string; readonly synchronousCommit: string; readonly fsync: string }
  | { readonly reachable: false; readonly reason: string };

export const probeServer = async (connectionString: string): Promise<ServerProbe> => {
  let client: Client | undefined;
  try {
    client = await connectedClient(connectionString, 3_000);
    const row = (await client.query<{ version: string; synchronous_commit: string; fsync: string }>(
      "SELECT current_setting('server_version') AS version, current_setting('synchronous_commit') AS synchronous_commit, current_setting('fsync') AS fsync",
    )).rows[0];
    return { reachable: true, version: row?.version ?? 'unknown', synchronousCommit: row?.synchronous_commit ?? 'unknown', fsync: row?.fsync ?? 'unknown' };
  } catch (error) {
    // Not `instanceof Error`: under jest the driver's errors come from another realm.
    const message = (error as { readonly message?: unknown } | undefined)?.message;
    return { reachable: false, reason: typeof message === 'string' ? message : String(error) };
  } finally {
    await client?.end().catch(() => undefined);
  }
};

/** Whether a process of this machine is running (signal 0 checks without sending anything). */
const processIsRunning = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * A connection of its own, opened. A connection the server ends while it is idle (the server
 * restarting) would otherwise throw from an event; here the next query fails instead, saying so.
 */
export const connectedClient = async (connectionString: string, connectionTimeoutMillis = 10_000): Promise<Client> => {
  const client = new Client({ connectionString, connectionTimeoutMillis });
  client.on('error', () => undefined);
  await client.connect();
  return client;
};

/** A quoted identifier: schema names here are made by the group itself, but quoting keeps them exact. */
export const quoted = (identifier: string): string => `"${identifier.replaceAll('"', '""')}"`;

/**
 * Hands out fresh schema names for one run of the group (one per side and round, so no
 * side reads another's rows) and drops every one of them at the end, however the run ends.
 */
export class ScratchSchemas {
  private made = 0;
  private readonly databases: string[] = [];
  private readonly prefix = `bench_${process.pid}_${Date.now().toString(36)}`;

  constructor(private readonly connectionString: string) {}

  /** A new schema name (not yet created: the stores create their own, the raw baselines call `create`). */
  next(purpose: string): string {
    this.made += 1;
    return `${this.prefix}_${purpose.replace(/[^a-z0-9]+/g, '_')}_${this.made}`;
  }

  /**
   * A new database on the same server for Emmett's tables, and a connection string to it.
   * Emmett's migration looks its functions up by name across the whole database, so two of
   * its schemas in one database (another run's, or one a crashed run left) would leave the
   * second without them: a database of its own keeps each run apart. Dropped by `dropAll`.
   */
  async database(purpose: string): Promise<string> {
    const name = this.next(purpose);
    await this.run(`CREATE DATABASE ${quoted(name)}`);
    this.databases.push(name);
    const url = new URL(this.connectionString);
    url.pathname = `/${name}`;
    return url.toString();
  }

  async create(schema: string): Promise<void> {
    await this.run(`CREATE SCHEMA IF NOT EXISTS ${quoted(schema)}`);
  }

  /** Drops one schema now, with the schemas a hub makes beside it (its name and a suffix), so a long run does not keep every round's rows. */
  async drop(schema: string): Promise<void> {
    await this.dropMatching(schema);
  }

  /** Drops every schema this run made, whatever the run left behind. */
  async dropAll(): Promise<void> {
    await this.dropMatching(this.prefix);
    // FORCE (PostgreSQL 13 and later) ends any connection a pool still holds.
    for (const name of this.databases.splice(0)) await this.run(`DROP DATABASE IF EXISTS ${quoted(name)} WITH (FORCE)`);
  }

  /** The bytes a table takes on the server with its indexes and its out-of-line storage (pg_total_relation_size). */
  async tableBytes(schema: string, table: string): Promise<number> {
    const client = await connectedClient(this.connectionString);
    try {
      const { rows } = await client.query<{ bytes: string }>('SELECT pg_total_relation_size(format(\'%I.%I\', $1::text, $2::text)::regclass) AS bytes', [schema, table]);
      return Number(rows[0]?.bytes ?? Number.NaN);
    } finally {
      await client.end();
    }
  }

  /**
   * Drops what earlier runs on this machine left when they were killed (a server restart
   * mid-run ends one): schemas and databases named for a process that is no longer running.
   */
  async dropLeftovers(): Promise<ReadonlyArray<string>> {
    const client = await connectedClient(this.connectionString);
    const dropped: string[] = [];
    try {
      const { rows } = await client.query<{ name: string; kind: string }>(
        "SELECT nspname AS name, 'SCHEMA' AS kind FROM pg_namespace WHERE nspname ~ '^bench_[0-9]+_' UNION ALL SELECT datname, 'DATABASE' FROM pg_database WHERE datname ~ '^bench_[0-9]+_'",
      );
      for (const { name, kind } of rows) {
        if (processIsRunning(Number(/^bench_([0-9]+)_/.exec(name)?.[1]))) continue;
        await client.query(kind === 'SCHEMA' ? `DROP SCHEMA IF EXISTS ${quoted(name)} CASCADE` : `DROP DATABASE IF EXISTS ${quoted(name)} WITH (FORCE)`);
        dropped.push(name);
      }
    } finally {
      await client.end();
    }
    return dropped;
  }

  private async dropMatching(stem: string): Promise<void> {
    const client = await connectedClient(this.connectionString);
    try {
      const { rows } = await client.query<{ name: string }>('SELECT nspname AS name FROM pg_namespace WHERE nspname = $1 OR starts_with(nspname, $1 || \'_\')', [stem]);
      for (const { name } of rows) await client.query(`DROP SCHEMA IF EXISTS ${quoted(name)} CASCADE`);
    } finally {
      await client.end();
    }
  }

  private async run(sql: string): Promise<void> {
    const client = await connectedClient(this.connectionString);
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  }
}
