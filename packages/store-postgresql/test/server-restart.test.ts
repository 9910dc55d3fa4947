import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { StoreUnavailableError } from '@send-hub/event-store';
import { openPostgresEventStore, type PostgresEventStore } from '../src';
import { testEvent } from './support/events';
import { describeWithServer, dropSchemas, freshSchemaName, testConnectionString } from './support/server';

/** The local cluster this machine runs (Debian's layout), when this process may restart it. */
const localCluster = (): string | undefined => {
  if (!existsSync('/etc/postgresql') || process.getuid?.() !== 0) return undefined;
  if (spawnSync('pg_ctlcluster', ['--help']).error !== undefined) return undefined;
  return readdirSync('/etc/postgresql')[0];
};

/**
 * A restart cuts every connection to the server, other tests' included, so this test runs only
 * when asked (`SEND_HUB_TEST_RESTART_SERVER=1`): `.ci/run` runs it on its own after the suite.
 */
const asked = process.env['SEND_HUB_TEST_RESTART_SERVER'] === '1';
const cluster = asked ? localCluster() : undefined;
const skippedBecause = !asked ? 'set SEND_HUB_TEST_RESTART_SERVER=1 to run it: it restarts the server under every other test' : 'needs root and a local cluster to restart';
const pause = (milliseconds: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, milliseconds));

/** Restarts the server without blocking this process, so its writer and subscriber meet the restart. */
const restartServer = (version: string): Promise<void> =>
  new Promise((resolve, reject) => {
    const restarting = spawn('pg_ctlcluster', ['--skip-systemctl-redirect', version, 'main', 'restart']);
    let stderr = '';
    restarting.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    restarting.on('error', reject);
    restarting.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`pg_ctlcluster restart failed: ${stderr}`))));
  });

describeWithServer('a PostgreSQL server restarted mid-run', () => {
  const maybe = cluster === undefined ? it.skip : it;
  let schema: string;
  let store: PostgresEventStore;

  beforeEach(async () => {
    schema = freshSchemaName('restart');
    store = await openPostgresEventStore({ connectionString: testConnectionString, schema, pollIntervalMs: 50, reconnectTimeoutMs: 60_000 });
  });

  afterEach(async () => {
    await store.dispose();
    await dropSchemas(schema);
  });

  maybe(`keeps every acknowledged event, fails clearly while the server is down, and the live subscriber resumes with no gap or repeat${cluster === undefined ? ` (skipped: ${skippedBecause})` : ''}`, async () => {
    const subscription = store.subscribeToAll();
    const delivered: Array<{ id: string; position: bigint }> = [];
    const reading = (async () => {
      for await (const message of subscription) if (message.kind === 'event') delivered.push({ id: message.event.eventId, position: message.event.position });
    })();
    const acknowledged: string[] = [];
    const failures: unknown[] = [];
    const restart: { at?: number } = {};
    const writing = (async () => {
      for (let index = 0; restart.at === undefined || acknowledged.length < 40 || Date.now() - restart.at < 1_000; index += 1) {
        const event = testEvent({ index });
        try {
          const result = await store.append(`case-${index % 7}`, [event], 'any');
          if (result._tag === 'Right') acknowledged.push(event.eventId);
        } catch (error) {
          failures.push(error);
          await pause(100);
        }
      }
    })();
    while (acknowledged.length < 20) await pause(20);
    await restartServer(cluster ?? '');
    restart.at = Date.now();
    await writing;
    const before = acknowledged.length;
    for (let waited = 0; delivered.length < acknowledged.length && waited < 30_000; waited += 50) await pause(50);
    await subscription.unsubscribe();
    await reading;

    expect(failures.length).toBeGreaterThan(0);
    for (const failure of failures) {
      expect(failure).toBeInstanceOf(StoreUnavailableError);
      expect((failure as Error).message).toMatch(/The PostgreSQL server at 127\.0\.0\.1:5432 (cannot be reached|has no connection free)/);
    }
    const deliveredIds = delivered.map((event) => event.id);
    expect(new Set(deliveredIds).size).toBe(deliveredIds.length);
    for (const id of acknowledged) expect(deliveredIds).toContain(id);
    expect(delivered.every((event, index) => index === 0 || event.position > (delivered[index - 1]?.position ?? 0n))).toBe(true);
    const stored: string[] = [];
    for await (const event of store.readAll()) stored.push(event.eventId);
    expect(stored).toEqual(deliveredIds);
    expect(before).toBeGreaterThanOrEqual(40);
  }, 120_000);
});
