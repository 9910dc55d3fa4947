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
});
