import { EventStoreDBClient } from '@eventstore/db-client';
import { isLeft, isRight } from 'fp-ts/Either';
import { InvalidEventError, StoreUnavailableError } from '@send-hub/event-store';
import { newEvent } from './support/new-event';
import { useProtocolServer } from './support/server-fixture';

/**
 * The server's refusals, as the real client turns them into its error classes and
 * the adapter turns those into the port's values and errors. Both ways of appending
 * are covered: the batch append a server lists among its features, and the
 * one-call append the client falls back to when a server lists none.
 */

const oneMegabyteAndMore = { data: { text: 'x'.repeat(1_100_000) } };

describe.each([
  ['through batch appends (servers from 21.10)', true],
  ['through one-call appends (servers that list no features)', false],
])('refusals through the real client %s', (_name, serverFeatures) => {
  const fixture = useProtocolServer({ serverFeatures });

  it('returns a wrong expected revision as a ConcurrencyConflict carrying the actual revision', async () => {
    const store = fixture.connect();
    expect(isRight(await store.append('case-1', [newEvent(1), newEvent(2)], 'no_stream'))).toBe(true);
    const conflict = await store.append('case-1', [newEvent(3)], 0n);
    expect(isLeft(conflict) && conflict.left).toMatchObject({ code: 'concurrency-conflict', streamId: 'case-1', expected: 0n, actual: 1n });
    const missing = await store.append('case-2', [newEvent(4)], 'stream_exists');
    expect(isLeft(missing) && missing.left).toMatchObject({ code: 'concurrency-conflict', expected: 'stream_exists', actual: undefined });
  });

  it('recognises a retried append by its event ids: one copy, the same revision and position', async () => {
    const store = fixture.connect();
    const events = [newEvent(1), newEvent(2)];
    const first = await store.append('case-1', events, 'no_stream');
    const retried = await store.append('case-1', events, 'no_stream');
    expect(isRight(retried) && retried.right).toEqual(isRight(first) && first.right);
    expect(await store.readStream('case-1')).toHaveLength(2);
  });

  it("refuses an append over the server's maximum size with InvalidEventError, writing nothing", async () => {
    const store = fixture.connect();
    const append = store.append('case-1', [newEvent(1, oneMegabyteAndMore)], 'any');
    await expect(append).rejects.toThrow(InvalidEventError);
    await expect(append).rejects.toThrow(/larger than the server accepts in one append \(1048576 bytes\)/);
    expect(await store.readStream('case-1')).toEqual([]);
  });

  it('reads a tombstoned stream as empty and refuses to write to it, saying it was deleted', async () => {
    const store = fixture.connect();
    expect(isRight(await store.append('case-1', [newEvent(1)], 'any'))).toBe(true);
    const client = EventStoreDBClient.connectionString(fixture.server().connectionString);
    try {
      await client.tombstoneStream('case-1');
    } finally {
      await client.dispose();
    }
    expect(await store.readStream('case-1')).toEqual([]);
    await expect(store.append('case-1', [newEvent(2)], 'any')).rejects.toThrow(/was deleted in EventStoreDB/);
  });
});

describe('failures of access and of the connection through the real client', () => {
  const fixture = useProtocolServer();

  it('says the user may not read $all, and what to do, when the server denies access', async () => {
    const store = fixture.connect();
    fixture.server().refuseAll(true);
    const read = (async () => {
      for await (const event of store.readAll()) return event;
      return undefined;
    })();
    await expect(read).rejects.toThrow(StoreUnavailableError);
    await expect(read).rejects.toThrow(/not allowed to do this/);
  });

  it('says which server to check when it has gone away', async () => {
    const store = fixture.connect();
    expect(isRight(await store.append('case-1', [newEvent(1)], 'any'))).toBe(true);
    await fixture.server().stop();
    const append = store.append('case-1', [newEvent(2)], 'any');
    await expect(append).rejects.toThrow(StoreUnavailableError);
    await expect(append).rejects.toThrow(/Check that the server at esdb:\/\/127\.0\.0\.1:\d+\?tls=false is running and reachable/);
  });
});
