import { randomUUID } from 'node:crypto';
import { eventStoreContract } from '@send-hub/testing';
import { connectEventStoreDb } from '../src';

/**
 * The shared contract against a real server (see the README for starting one).
 * Each store gets a namespace of its own, so it starts empty on any server.
 */
const connectionString = process.env['ESDB_CONNECTION_STRING'];

if (connectionString === undefined || connectionString === '') {
  describe.skip('EventStoreDB contract: skipped because ESDB_CONNECTION_STRING is not set (see packages/store-eventstoredb/README.md)', () => {
    it('runs the event store contract against a real EventStoreDB server', () => {
      expect(connectionString).toBeDefined();
    });
  });
} else {
  eventStoreContract('EventStoreDB', async () => ({
    store: connectEventStoreDb(connectionString, { namespace: `contract-${randomUUID()}/` }),
  }));
}
