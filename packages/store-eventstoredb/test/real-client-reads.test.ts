import { isRight } from 'fp-ts/Either';
import { StoreUnavailableError, type EventStore, type NewEvent } from '@send-hub/event-store';
import { newEvent } from './support/new-event';
import { eventually, useProtocolServer } from './support/server-fixture';

/** Reads through the real client, over the wire, against the protocol test server. */

const appendAll = async (store: EventStore, streamId: string, events: ReadonlyArray<NewEvent>): Promise<bigint> => {
  const result = await store.append(streamId, events, 'any');
  if (!isRight(result)) throw new Error(`the append to ${streamId} was refused`);
  return result.right.position;
};

/** Events of about four kilobytes each, so that a page of them outgrows what HTTP/2 lets a server send unread. */
const bulkyEvents = (count: number, first: number): NewEvent[] =>
  Array.from({ length: count }, (_, index) => newEvent(first + index, { data: { filler: 'x'.repeat(4_000), n: first + index } }));

describe('reads through the real client', () => {
  const fixture = useProtocolServer();

  it('cancels the server call of a read of $all that the reader leaves early, before the page is all sent', async () => {
    const store = fixture.connect({ pageSize: 500 });
    for (let batch = 0; batch < 5; batch += 1) await appendAll(store, `case-${batch}`, bulkyEvents(100, batch * 100));
    for await (const event of store.readAll()) {
      expect(event.streamId).toBe('case-0');
      break;
    }
    const calls = fixture.server().calls;
    await eventually(() => calls.openCount('read') === 0);
    const read = calls.history.filter((call) => call.target === '$all').at(-1);
    expect(read?.ending).toBe('cancelled by the client');
    expect(read?.eventsSent).toBeLessThan(501);
  });

  it('leaves no read call open on the server, whatever the reads asked for', async () => {
    const store = fixture.connect({ pageSize: 4 });
    for (let batch = 0; batch < 3; batch += 1) await appendAll(store, 'case-long', bulkyEvents(100, batch * 100));
    expect(await store.readStream('case-long', { maxCount: 2 })).toHaveLength(2);
    expect(await store.readStream('case-missing')).toEqual([]);
    const some = [];
    for await (const event of store.readAll({ maxCount: 5 })) some.push(event);
    expect(some).toHaveLength(5);
    expect(await store.headPosition()).toBeDefined();
    const calls = fixture.server().calls;
    await eventually(() => calls.openCount() === 0);
    expect(calls.history.map((call) => call.ending)).not.toContain(undefined);
  });

  it('fails a read of $all still under way when the store is disposed, rather than ending it as if complete', async () => {
    const store = fixture.connect({ pageSize: 500 });
    for (let batch = 0; batch < 4; batch += 1) await appendAll(store, `case-${batch}`, bulkyEvents(100, batch * 100));
    const iterator = store.readAll()[Symbol.asyncIterator]();
    expect((await iterator.next()).done).toBe(false);
    await store.dispose();
    const rest = (async () => {
      for (let step = await iterator.next(); step.done !== true; step = await iterator.next()) {
        // Records the client had already received may still arrive; the read must not end quietly after them.
      }
    })();
    await expect(rest).rejects.toThrow(StoreUnavailableError);
    await expect(rest).rejects.toThrow(/disposed while reading \$all/);
  });

  it('fails a stream read still under way when the store is disposed', async () => {
    const store = fixture.connect();
    for (let batch = 0; batch < 8; batch += 1) await appendAll(store, 'case-long', bulkyEvents(100, batch * 100));
    const read = store.readStream('case-long');
    await new Promise((resolve) => setTimeout(resolve, 20));
    await store.dispose();
    await expect(read).rejects.toThrow(/disposed while reading the stream "case-long"/);
  });

  it("reports each event at its own byte offset in the server's log, with gaps, in $all order", async () => {
    const store = fixture.connect({ pageSize: 3 });
    const positions = [await appendAll(store, 'case-a', [newEvent(1), newEvent(2)]), await appendAll(store, 'case-b', [newEvent(3)])];
    const logged = fixture
      .server()
      .log.readAll('start', false)
      .filter((record) => !record.streamName.startsWith('$'))
      .map((record) => record.position);
    const read = [];
    for await (const event of store.readAll()) read.push(event.position);
    expect(read).toEqual(logged);
    expect(positions).toEqual([logged[1], logged[2]]);
    expect(logged.every((position, index) => index === 0 || position > (logged[index - 1] ?? 0n) + 1n)).toBe(true);
    const afterFirst = [];
    for await (const event of store.readAll({ after: read[0] ?? 0n })) afterFirst.push(event.position);
    expect(afterFirst).toEqual(read.slice(1));
  });

  it('finds the head behind system events written after the newest event of the store', async () => {
    const store = fixture.connect({ pageSize: 2 });
    const last = await appendAll(store, 'case-a', [newEvent(1)]);
    for (let n = 0; n < 5; n += 1) fixture.server().log.writeSystemEvent('$stats-127.0.0.1:2113', '$statsCollected', { n });
    expect(await store.headPosition()).toBe(last);
  });
});

describe('reads through the real client on a server before 22.6', () => {
  const fixture = useProtocolServer({ positionsOnStreamReads: false });

  it('refuses to guess when stream reads carry no positions, and names the server version needed', async () => {
    const store = fixture.connect();
    await appendAll(store, 'case-a', [newEvent(1)]);
    const read = store.readStream('case-a');
    await expect(read).rejects.toThrow(StoreUnavailableError);
    await expect(read).rejects.toThrow(/22\.10 or later/);
  });
});
