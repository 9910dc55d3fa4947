import { eventStoreContract } from '@send-hub/testing';
import { openPostgresEventStore } from '../src';
import { describeWithServer, dropSchemas, freshSchemaName, testConnectionString } from './support/server';

/** A store in a fresh schema of its own, dropped after each test. */
const storeInFreshSchema = async (options: { pageSize?: number; groupCommit?: boolean } = {}) => {
  const schema = freshSchemaName('contract');
  return {
    store: await openPostgresEventStore({ connectionString: testConnectionString, schema, pollIntervalMs: 20, ...options }),
    cleanup: () => dropSchemas(schema),
  };
};

describeWithServer('PostgreSQL event store', () => {
  eventStoreContract('PostgreSQL store', () => storeInFreshSchema());
  // Pages of three rows, so that reads and subscriptions cross page boundaries in every test.
  eventStoreContract('PostgreSQL store read in small pages', () => storeInFreshSchema({ pageSize: 3 }));
  eventStoreContract('PostgreSQL store committing each append alone', () => storeInFreshSchema({ groupCommit: false }));
});
