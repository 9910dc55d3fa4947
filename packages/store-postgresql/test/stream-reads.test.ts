import { Pool } from 'pg';
import { openPostgresEventStore } from '../src';
import { testEvent } from './support/events';
import { describeWithServer, dropSchemas, freshSchemaName, testConnectionString } from './support/server';

describeWithServer('reads of single streams on PostgreSQL', () => {
  const schemas: string[] = [];
  afterAll(async () => dropSchemas(...schemas));

  it('answers reads that arrive together, in fewer statements, each from its own revision with its own limit', async () => {
    const schema = freshSchemaName('reads');
    schemas.push(schema);
    const store = await openPostgresEventStore({ connectionString: testConnectionString, schema });
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
});
