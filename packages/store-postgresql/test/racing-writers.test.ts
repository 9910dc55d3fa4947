import { join } from 'node:path';
import type { RecordedEvent } from '@send-hub/event-store';
import { openPostgresEventStore } from '../src';
import { finished, startTypeScript } from '../../store-sqlite/test/support/child-process';
import { describeWithServer, dropSchemas, freshSchemaName, testConnectionString } from './support/server';

const processes = 4;
const perProcess = 30;

describeWithServer('racing writer processes on one PostgreSQL server', () => {
  const schema = freshSchemaName('racing');
  afterAll(async () => dropSchemas(schema));

  it(`loses nothing, duplicates nothing and leaves no revision gap when ${processes} processes append to a shared stream and to new ones`, async () => {
    // Created first, so that the writers race over the events, not over the schema.
    await (await openPostgresEventStore({ connectionString: testConnectionString, schema })).dispose();
    const runs = await Promise.all(
      Array.from({ length: processes }, (_, writer) =>
        finished(startTypeScript(join(__dirname, 'fixtures', 'racing-writer.ts'), [testConnectionString, schema, `writer${writer}`, String(perProcess)])),
      ),
    );
    for (const run of runs) expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
    const lines = runs.flatMap((run) => run.stdout.trim().split('\n')).map((line) => JSON.parse(line) as { acknowledged?: string; stream?: string; conflict?: string });
    const acknowledged = lines.flatMap((line) => (line.acknowledged === undefined ? [] : [line.acknowledged]));
    const conflicts = lines.filter((line) => line.conflict !== undefined);
    expect(acknowledged).toHaveLength(processes * perProcess);
    // The losers were told so as values (and retried): every conflict is a concurrency conflict.
    expect(conflicts.every((line) => line.conflict === 'concurrency-conflict')).toBe(true);

    const store = await openPostgresEventStore({ connectionString: testConnectionString, schema });
    const stored: RecordedEvent[] = [];
    for await (const event of store.readAll()) stored.push(event);
    const shared = await store.readStream('case-shared');
    await store.dispose();
    const storedIds = stored.map((event) => event.eventId);
    expect(new Set(storedIds).size).toBe(storedIds.length);
    expect([...storedIds].sort()).toEqual([...acknowledged].sort());
    expect(shared.map((event) => event.revision)).toEqual(Array.from({ length: (processes * perProcess) / 2 }, (_, index) => BigInt(index)));
    expect(stored.every((event, index) => index === 0 || event.position > (stored[index - 1]?.position ?? 0n))).toBe(true);
    process.stdout.write(`racing writers: ${acknowledged.length} acknowledged, ${conflicts.length} conflicts retried\n`);
  }, 180_000);
});
