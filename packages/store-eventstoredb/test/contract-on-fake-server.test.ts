import { eventStoreContract } from '@send-hub/testing';
import { storeOnFake } from './support/fake-store';

/**
 * The shared contract on the in-memory stand-in for a server: checks the adapter's
 * own logic (mapping, paging, resuming, subscriptions) wherever no server runs. The
 * real server is held to the same contract in `eventstoredb-contract.test.ts`.
 */
eventStoreContract('EventStoreDB adapter on a fake server', async () => ({ store: storeOnFake({ pageSize: 4 }).store }));
