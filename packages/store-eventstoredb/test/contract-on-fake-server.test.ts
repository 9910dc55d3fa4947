import { eventStoreContract } from '@send-hub/testing';
import { storeOnFake } from './support/fake-store';

/**
 * The shared contract on the in-memory stand-in for the client: checks the adapter's
 * own logic (mapping, paging, resuming, subscriptions) with nothing beneath it. The
 * real client is held to the same contract over the wire against the protocol test
 * server in `contract-on-protocol-server.test.ts`, and against a real server in
 * `eventstoredb-contract.test.ts`.
 */
eventStoreContract('EventStoreDB adapter on a fake server', async () => ({ store: storeOnFake({ pageSize: 4 }).store }));
