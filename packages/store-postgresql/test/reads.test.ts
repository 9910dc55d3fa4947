import { Pool } from 'pg';
import { openPostgresEventStore } from '../src';
import { testEvent } from './support/events';
import { describeWithServer, dropSchemas, freshSchemaName, testConnectionString, withClient } from './support/server';

/** The most rows any step of a plan produced (`EXPLAIN (ANALYZE, FORMAT JSON)`): what the server read to answer. */
const mostRowsOf = (plan: { readonly 'Actual Rows'?: number; readonly Plans?: ReadonlyArray<unknown> }): number =>
  Math.max(plan['Actual Rows'] ?? 0, ...(plan.Plans ?? []).map((inner) => mostRowsOf(inner as typeof plan)));

describeWithServer('reads on PostgreSQL', () => {
  const schemas: string[] = [];
  afterAll(async () => dropSchemas(...schemas));
  const openInFreshSchema = async (options: { readonly pageSize?: number } = {}) => {
    const schema = freshSchemaName('reads');
    schemas.push(schema);
    return openPostgresEventStore({ connectionString: testConnectionString, schema, ...options });
  };

  it('reads each page of a whole read, the first one with its bound too, by its own rows, planned as a fresh history plans it, never by the rest of the history', async () => {
    const pageSize = 100;
    const store = await openInFreshSchema({ pageSize });
    try {
      for (let batch = 0; batch < 30; batch += 1) await store.append(`case-${batch}`, Array.from({ length: 100 }, (_, index) => testEvent({ batch, index })), 'no_stream');
      const queries = jest.spyOn(Pool.prototype, 'query');
      let read = 0;
      for await (const page of store.readAllPages?.() ?? []) read += page.length;
      const pages = queries.mock.calls.map(([config]) => config as unknown as { readonly text: string; readonly values: ReadonlyArray<unknown> }).filter((config) => typeof config.text === 'string');
      queries.mockRestore();
      expect(read).toBe(3_000);
      expect(pages.length).toBeGreaterThan(5);
      // Each page as the server plans it for its own values (as a connection's first five runs of a statement are): the table has no statistics yet.
      const mostRows = await withClient(async (client) => {
        const counts: number[] = [];
        for (const [index, { text, values }] of pages.entries()) {
          await client.query(`PREPARE page_${index} AS ${text}`);
          const literals = values.map((value) => (typeof value === 'number' ? String(value) : `'${String(value)}'`)).join(', ');
          const explained = await client.query<{ 'QUERY PLAN': ReadonlyArray<{ readonly Plan: Parameters<typeof mostRowsOf>[0] }> }>(`EXPLAIN (ANALYZE, FORMAT JSON) EXECUTE page_${index}(${literals})`);
          counts.push(mostRowsOf(explained.rows[0]?.['QUERY PLAN'][0]?.Plan ?? {}));
        }
        return counts;
      });
      expect(Math.max(...mostRows)).toBeLessThanOrEqual(pageSize);
    } finally {
      await store.dispose();
    }
  });

  it('answers reads that arrive together, in fewer statements, each from its own revision with its own limit', async () => {
    const store = await openInFreshSchema();
    try {
      for (let stream = 0; stream < 6; stream += 1) {
        await store.append(`case-${stream}`, Array.from({ length: stream + 1 }, (_, index) => testEvent({ stream, index })), 'no_stream');
      }
      const asked = Array.from({ length: 30 }, (_, index) => ({ streamId: `case-${index % 7}`, fromRevision: BigInt(index % 3), maxCount: index % 4 === 0 ? 1 : undefined }));
      const queries = jest.spyOn(Pool.prototype, 'query');
      const together = await Promise.all(asked.map(({ streamId, fromRevision, maxCount }) => store.readStream(streamId, { fromRevision, ...(maxCount === undefined ? {} : { maxCount }) })));
      const statements = queries.mock.calls.length;
      queries.mockRestore();
      const alone: Array<ReadonlyArray<unknown>> = [];
      for (const { streamId, fromRevision, maxCount } of asked) alone.push(await store.readStream(streamId, { fromRevision, ...(maxCount === undefined ? {} : { maxCount }) }));
      expect(together).toEqual(alone);
      // Stream 6 does not exist, and stream 1 has nothing from revision 2: empty answers among full ones.
      expect(together[6]).toEqual([]);
      expect(together.map((events) => events.length).reduce((total, count) => total + count, 0)).toBeGreaterThan(30);
      expect(together[5]?.map((event) => [event.revision, event.data])).toEqual([[2n, { stream: 5, index: 2 }], [3n, { stream: 5, index: 3 }], [4n, { stream: 5, index: 4 }], [5n, { stream: 5, index: 5 }]]);
      expect(statements).toBeGreaterThan(0);
      expect(statements).toBeLessThan(asked.length / 2);
    } finally {
      await store.dispose();
    }
  });

  it('asks for the next page ahead, and drops it cleanly when the reader stops early, however the store ends', async () => {
    const store = await openInFreshSchema({ pageSize: 2 });
    for (let stream = 0; stream < 4; stream += 1) await store.append(`case-${stream}`, [testEvent({ stream }), testEvent({ stream, second: true })], 'no_stream');
    const positions: bigint[] = [];
    for await (const page of store.readAllPages({ after: 1n })) {
      positions.push(...page.map((event) => event.position));
      if (positions.length >= 3) break;
    }
    expect(positions).toEqual([2n, 3n, 4n, 5n]);
    const whole: bigint[] = [];
    for await (const event of store.readAll({ maxCount: 5 })) whole.push(event.position);
    expect(whole).toEqual([1n, 2n, 3n, 4n, 5n]);
    // Left early with its next page still on the way; disposing at once must neither hang nor leave a failure unhandled.
    const reader = store.readAllPages()[Symbol.asyncIterator]();
    expect((await reader.next()).value).toHaveLength(2);
    const disposing = Date.now();
    await store.dispose();
    expect(Date.now() - disposing).toBeLessThan(5_000);
    // The page already on its way when the store ended may still come; the one after is refused.
    const drained = (async () => {
      for (;;) if ((await reader.next()).done === true) return;
    })();
    await expect(drained).rejects.toThrow(/disposed/);
  });
});
