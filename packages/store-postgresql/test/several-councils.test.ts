import { randomBytes } from 'node:crypto';
import type { RecordedEvent } from '@send-hub/event-store';
import { eventStoreContract } from '@send-hub/testing';
import { openPostgresEventStore, openPostgresKeyStore, type PostgresEventStore } from '../src';
import { testEvent } from './support/events';
import { describeWithServer, dropSchemas, freshSchemaName, testConnectionString } from './support/server';

const collect = async (events: AsyncIterable<RecordedEvent>): Promise<RecordedEvent[]> => {
  const all: RecordedEvent[] = [];
  for await (const event of events) all.push(event);
  return all;
};

/**
 * Two councils on one server: the contract suite runs on one council's schema while
 * another council's writer appends to the same stream names in its own schema all the
 * while. The first must still look like a fresh, empty store to the suite, and the second
 * must hold exactly what its writer wrote.
 */
const storeBesideABusyCouncil = async () => {
  const schema = freshSchemaName('council_a');
  const neighbour = freshSchemaName('council_b');
  const store = await openPostgresEventStore({ connectionString: testConnectionString, schema, pollIntervalMs: 20 });
  const other = await openPostgresEventStore({ connectionString: testConnectionString, schema: neighbour });
  const written: string[] = [];
  let writing = true;
  const writer = (async () => {
    for (let index = 0; writing; index += 1) {
      const event = testEvent({ council: 'b', index });
      await other.append(`case-${index % 5}`, [event], 'any');
      written.push(event.eventId);
    }
  })();
  return {
    store,
    fresh: true,
    cleanup: async () => {
      writing = false;
      await writer;
      const held = await collect(other.readAll());
      await other.dispose();
      await dropSchemas(schema, neighbour);
      expect(held.map((event) => event.eventId)).toEqual(written);
    },
  };
};

describeWithServer('several councils on one PostgreSQL server', () => {
  eventStoreContract('PostgreSQL store beside another council writing at the same time', storeBesideABusyCouncil);

  describe('keys and checkpoints', () => {
    const schemas = [freshSchemaName('council_a'), freshSchemaName('council_b')];
    let stores: PostgresEventStore[] = [];
    afterAll(async () => {
      await Promise.all(stores.map((store) => store.dispose()));
      await dropSchemas(...schemas, ...schemas.map((schema) => `${schema}_keys`));
    });

    it('keeps each council\'s keys and checkpoints to itself, under the same ids', async () => {
      stores = await Promise.all(schemas.map((schema) => openPostgresEventStore({ connectionString: testConnectionString, schema })));
      const keyStores = await Promise.all(schemas.map((schema) => openPostgresKeyStore({ connectionString: testConnectionString, eventSchema: schema })));
      const [keysA, keysB] = keyStores;
      const [storeA, storeB] = stores;
      if (keysA === undefined || keysB === undefined || storeA === undefined || storeB === undefined) throw new Error('two councils expected');
      const keyA = randomBytes(32);
      await keysA.create('child-1', keyA, '2026-01-01T00:00:00.000Z');
      expect(await keysB.get('child-1')).toEqual({ status: 'missing' });
      await keysB.create('child-1', randomBytes(32), '2026-01-01T00:00:00.000Z');
      await keysB.destroy('child-1', '2026-02-01T00:00:00.000Z');
      expect(await keysA.get('child-1')).toEqual({ status: 'active', key: new Uint8Array(keyA) });
      await storeA.checkpoints.save('district', { position: 7n, state: 'council a' });
      expect(await storeB.checkpoints.load('district')).toBeUndefined();
      await storeB.append('case-1', [testEvent()], 'no_stream');
      expect(await storeA.readStream('case-1')).toEqual([]);
      await Promise.all(keyStores.map((keys) => keys.dispose()));
    });
  });
});
