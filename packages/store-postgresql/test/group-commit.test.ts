import { openPostgresEventStore } from '../src';
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
});
