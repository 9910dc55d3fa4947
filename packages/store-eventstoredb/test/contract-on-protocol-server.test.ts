import { eventStoreContract } from '@send-hub/testing';
import { connectEventStoreDb } from '../src';
import { startProtocolServer } from './support/protocol-server/protocol-server';

/**
 * The shared contract through the real `@eventstore/db-client`, over gRPC, against
 * the protocol test server: the client's own encoding, error classes, cancellation
 * and `dispose()` are exercised, not replaced. Each test gets a server of its own,
 * which writes statistics events to a system stream between appends, as a real
 * server does, and allows appends of up to 4 MiB (the contract's one-megabyte
 * payload is just over EventStoreDB's default limit).
 */
eventStoreContract('EventStoreDB adapter through the real client on the protocol test server', async () => {
  const server = await startProtocolServer({ maxAppendSize: 4 * 1_048_576, statisticsEvery: 3 });
  return { store: connectEventStoreDb(server.connectionString, { pageSize: 7 }), cleanup: () => server.stop() };
});
