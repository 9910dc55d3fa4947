import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { inContinuousIntegration } from '../../../../scripts/test-environment/continuous-integration';

/** The server every development machine and CI has; override with SEND_HUB_TEST_POSTGRES. */
export const testConnectionString = process.env['SEND_HUB_TEST_POSTGRES'] ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Whether the test server answers, asked once per test file before its tests are declared. */
const reachable = (): boolean => {
  // Jest declares tests synchronously, so the answer comes from a short child process.
  const probe = spawnSync(process.execPath, ['-e', `const { Client } = require(${JSON.stringify(require.resolve('pg'))}); const c = new Client({ connectionString: ${JSON.stringify(testConnectionString)}, connectionTimeoutMillis: 3000 }); c.connect().then(() => c.end()).then(() => process.exit(0), () => process.exit(1));`], { timeout: 10_000 });
  return probe.status === 0;
};

export const serverReachable = reachable();

/**
 * `describe` when the server answers; otherwise a skipped block whose name says plainly
 * why, or, with CI=true, a failing test: CI must not pass without the server.
 */
export const describeWithServer = (name: string, body: () => void): void => {
  if (serverReachable) {
    describe(name, body);
    return;
  }
  if (inContinuousIntegration()) {
    describe(name, () => {
      it('needs the PostgreSQL server, which CI must have running', () => {
        throw new Error(`No PostgreSQL server answers at ${testConnectionString.replace(/:[^:@/]*@/, ':***@')}; CI=true, so this fails rather than skips.`);
      });
    });
    return;
  }
  describe.skip(`${name}: skipped because no PostgreSQL server answers at ${testConnectionString} (see packages/store-postgresql/README.md)`, body);
};

/** A schema name nobody else uses: each test gets its own, dropped after. */
export const freshSchemaName = (label = 'test'): string => `t_${label}_${randomBytes(6).toString('hex')}`;

/** Drops the schemas (and everything in them); for cleanup after each test. */
export const dropSchemas = async (...schemas: ReadonlyArray<string>): Promise<void> => dropSchemasIn(testConnectionString, schemas);

/** Drops the schemas from the database of `connectionString`. */
export const dropSchemasIn = async (connectionString: string, schemas: ReadonlyArray<string>): Promise<void> => {
  const client = new Client({ connectionString });
  await client.connect();
  try {
    for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await client.end();
  }
};

/** Runs `work` on a connection of its own to the test server. */
export const withClient = async <Result>(work: (client: Client) => Promise<Result>): Promise<Result> => {
  const client = new Client({ connectionString: testConnectionString });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
};

/** Every byte of every page of a table as the server keeps them (pageinspect), dead row versions included. */
export const rawPagesOf = async (relation: string, connectionString = testConnectionString): Promise<Buffer> => {
  const client = new Client({ connectionString });
  await client.connect();
  try {
    await client.query('CREATE EXTENSION IF NOT EXISTS pageinspect');
    const pages = await client.query<{ count: string }>(`SELECT pg_relation_size($1) / current_setting('block_size')::bigint AS count`, [relation]);
    const chunks: Buffer[] = [];
    for (let page = 0; page < Number(pages.rows[0]?.count ?? 0); page += 1) {
      const raw = await client.query<{ raw: Buffer }>('SELECT get_raw_page($1, $2) AS raw', [relation, page]);
      if (raw.rows[0] !== undefined) chunks.push(raw.rows[0].raw);
    }
    return Buffer.concat(chunks);
  } finally {
    await client.end();
  }
};
