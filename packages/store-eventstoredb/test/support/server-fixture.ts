import type { EventStore } from '@send-hub/event-store';
import { connectEventStoreDb, type EventStoreDbOptions } from '../../src';
import { startProtocolServer, type ProtocolServer, type ProtocolServerOptions } from './protocol-server/protocol-server';

export interface ServerFixture {
  readonly server: () => ProtocolServer;
  /** A store on the running test's server, disposed after the test. */
  readonly connect: (options?: EventStoreDbOptions) => EventStore;
}

/** A protocol server for each test (on a port picked free) and the stores connected to it, all ended after it. */
export const useProtocolServer = (options: ProtocolServerOptions = {}): ServerFixture => {
  let current: ProtocolServer | undefined;
  let stores: EventStore[] = [];
  beforeEach(async () => {
    current = await startProtocolServer(options);
  });
  afterEach(async () => {
    await Promise.all(stores.map((store) => store.dispose()));
    stores = [];
    await current?.stop();
    current = undefined;
  });
  const server = (): ProtocolServer => {
    if (current === undefined) throw new Error('The protocol server runs only while a test does.');
    return current;
  };
  return {
    server,
    connect: (storeOptions) => {
      const store = connectEventStoreDb(server().connectionString, storeOptions);
      stores.push(store);
      return store;
    },
  };
};

/** Waits, in short steps up to about two seconds, until `condition` holds. */
export const eventually = async (condition: () => boolean): Promise<void> => {
  for (let step = 0; step < 200 && !condition(); step += 1) await new Promise((resolve) => setTimeout(resolve, 10));
  if (!condition()) throw new Error('the condition never came true');
};
