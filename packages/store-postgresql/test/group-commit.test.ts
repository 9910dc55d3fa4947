import { encodeNewEvent } from '@send-hub/event-store';
import { Pool } from 'pg';
import { openPostgresEventStore } from '../src';
import { AppendWriter } from '../src/events/append-writer';
import { channelOf } from '../src/postgres-event-store';
import { testEvent } from './support/events';
import { describeWithServer, dropSchemas, freshSchemaName, testConnectionString, withClient } from './support/server';

/** How many transactions wrote the schema's events. */
const transactionsOf = async (schema: string): Promise<number> =>
  withClient(async (client) => Number((await client.query<{ count: string }>(`SELECT count(DISTINCT transaction_id) AS count FROM "${schema}".events`)).rows[0]?.count));

describeWithServer('group commit on PostgreSQL', () => {
  const schemas: string[] = [];
  afterAll(async () => dropSchemas(...schemas));

  it.each([
    [true, 'share one transaction, each with its own revision check and outcome'],
    [false, 'each take a transaction of their own'],
  ])('with groupCommit %s, appends that arrive together %s', async (groupCommit) => {
    const schema = freshSchemaName('group');
    schemas.push(schema);
    const store = await openPostgresEventStore({ connectionString: testConnectionString, schema, groupCommit });
    await store.append('case-taken', [testEvent()], 'no_stream');
    const appends = [
      ...Array.from({ length: 6 }, (_, index) => store.append(`case-${index}`, [testEvent({ index }), testEvent({ index, second: true })], 'no_stream')),
      store.append('case-taken', [testEvent()], 'no_stream'),
    ];
    const outcomes = await Promise.all(appends);
    await store.dispose();
    expect(outcomes.slice(0, 6).every((outcome) => outcome._tag === 'Right' && outcome.right.nextExpectedRevision === 1n)).toBe(true);
    expect(outcomes[6]).toMatchObject({ _tag: 'Left', left: { code: 'concurrency-conflict', actual: 0n } });
    const transactions = await transactionsOf(schema);
    if (groupCommit) expect(transactions).toBeLessThan(1 + 6);
    else expect(transactions).toBe(1 + 6);
  });

  it('checks each append of a group against its stream as the appends before it in the group left it', async () => {
    const schema = freshSchemaName('group');
    schemas.push(schema);
    const store = await openPostgresEventStore({ connectionString: testConnectionString, schema });
    // The first append goes at once; the rest arrive while it is in flight and share the next statement.
    const first = store.append('case-first', [testEvent()], 'no_stream');
    const group = [
      store.append('case-x', [testEvent({ n: 1 }), testEvent({ n: 2 })], 'no_stream'),
      store.append('case-x', [testEvent({ n: 3 })], 1n),
      store.append('case-x', [testEvent({ n: 4 })], 5n),
      store.append('case-x', [], 'any'),
      store.append('case-y', [testEvent({ n: 5 })], 'stream_exists'),
      store.append('case-z', [], 'any').catch((error: unknown) => error),
    ];
    await first;
    const [landed, after, ahead, empty, missing, nothing] = await Promise.all(group);
    const events = await store.readStream('case-x');
    await store.dispose();
    expect(landed).toEqual({ _tag: 'Right', right: { nextExpectedRevision: 1n, position: 3n } });
    expect(after).toEqual({ _tag: 'Right', right: { nextExpectedRevision: 2n, position: 4n } });
    expect(ahead).toMatchObject({ _tag: 'Left', left: { code: 'concurrency-conflict', expected: 5n, actual: 2n } });
    expect(empty).toEqual({ _tag: 'Right', right: { nextExpectedRevision: 2n, position: 4n } });
    expect(missing).toMatchObject({ _tag: 'Left', left: { code: 'concurrency-conflict', expected: 'stream_exists', actual: undefined } });
    expect((nothing as Error).message).toContain('has no events and the stream does not exist');
    expect(events.map((event) => [event.revision, event.data])).toEqual([[0n, { n: 1 }], [1n, { n: 2 }], [2n, { n: 3 }]]);
    expect(await transactionsOf(schema)).toBe(2);
  });

  it('announces each transaction once, with the last position it wrote, as its notification from the server says', async () => {
    const schema = freshSchemaName('group');
    schemas.push(schema);
    // Opening the store makes the schema; the writer beneath it is then driven alone.
    await (await openPostgresEventStore({ connectionString: testConnectionString, schema })).dispose();
    const channel = channelOf(schema);
    const committed: bigint[] = [];
    const pool = new Pool({ connectionString: testConnectionString, max: 2 });
    const writer = new AppendWriter({ pool, schema, channel, groupCommit: true, failure: (error) => error, committed: (position) => committed.push(position) });
    const notified: string[] = [];
    await withClient(async (client) => {
      client.on('notification', (message) => notified.push(message.payload ?? ''));
      await client.query(`LISTEN "${channel}"`);
      const append = (streamId: string, count: number, expected: 'no_stream' | 'any' = 'no_stream') =>
        writer.submit({ streamId, events: Array.from({ length: count }, (_, index) => encodeNewEvent(streamId, testEvent({ index }), index)), expected });
      // The first goes at once; the rest share the next transaction, one of them losing its revision check and one writing nothing.
      const outcomes = await Promise.all([append('case-a', 1), append('case-b', 2), append('case-c', 1), append('case-a', 1), append('case-b', 0, 'any')]);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(outcomes.map((outcome) => outcome._tag)).toEqual(['Right', 'Right', 'Right', 'Left', 'Right']);
    });
    await pool.end();
    expect(committed).toEqual([1n, 4n]);
    expect(notified).toEqual(['1', '4']);
    expect(await transactionsOf(schema)).toBe(2);
  });
});

