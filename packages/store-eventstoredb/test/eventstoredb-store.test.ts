import { isLeft, isRight } from 'fp-ts/Either';
import { InvalidEventError, StoreUnavailableError, type ExpectedRevision } from '@send-hub/event-store';
import { collect, positionsOf, storeOnFake } from './support/fake-store';
import { newEvent } from './support/new-event';

const appended = async (result: Promise<unknown>) => {
  const outcome = (await result) as Awaited<ReturnType<ReturnType<typeof storeOnFake>['store']['append']>>;
  if (!isRight(outcome)) throw new Error(`expected the append to succeed: ${outcome.left.message}`);
  return outcome.right;
};

describe('appending and reading one stream', () => {
  it('returns what was written with consecutive revisions and increasing positions', async () => {
    const { store } = storeOnFake();
    const events = [newEvent(1), newEvent(2, { eventId: 'event-2', schemaVersion: 5 }), newEvent(3, { data: 'text' })];
    const result = await appended(store.append('case-1', events, 'no_stream'));
    const read = await store.readStream('case-1');
    expect(read.map(({ position: _position, ...rest }) => rest)).toEqual(
      events.map((event, index) => ({ ...event, streamId: 'case-1', revision: BigInt(index) })),
    );
    const positions = positionsOf(read);
    expect([...positions].sort((a, b) => (a < b ? -1 : 1))).toEqual(positions);
    expect(new Set(positions).size).toBe(3);
    expect(result).toEqual({ nextExpectedRevision: 2n, position: positions[2] });
  });

  it('reads from a revision, at most a number of events, and nothing of a missing stream', async () => {
    const { store } = storeOnFake();
    await store.append('case-1', [1, 2, 3, 4].map((n) => newEvent(n)), 'any');
    expect((await store.readStream('case-1', { fromRevision: 1n, maxCount: 2 })).map((event) => event.revision)).toEqual([1n, 2n]);
    expect(await store.readStream('case-1', { maxCount: 0 })).toEqual([]);
    expect(await store.readStream('case-9')).toEqual([]);
  });

  it('reports the position of the last event when the server leaves it out of the append result', async () => {
    const { store, gateway } = storeOnFake();
    const append = gateway.append.bind(gateway);
    gateway.append = async (...args) => ({ ...(await append(...args)), position: undefined }) as never;
    const result = await appended(store.append('case-1', [newEvent(1), newEvent(2)], 'any'));
    expect(result.position).toBe(gateway.log[gateway.log.length - 1]?.position.prepare);
  });

  it('refuses to read positions a server older than 22.6 does not send', async () => {
    const { store, gateway } = storeOnFake();
    await store.append('case-1', [newEvent(1)], 'any');
    gateway.streamReadsWithoutPositions = true;
    await expect(store.readStream('case-1')).rejects.toThrow('use EventStoreDB 22.10 or later');
  });

  it('rejects bad arguments with errors that name them', async () => {
    const { store } = storeOnFake();
    await expect(store.append('case-1', [newEvent(1, { data: { big: 1n } })], 'any')).rejects.toThrow(InvalidEventError);
    await expect(store.append('case-1', [newEvent(1)], -1n)).rejects.toThrow('The expected revision must be');
    await expect(store.readStream('case-1', { fromRevision: 1 as never })).rejects.toThrow('"fromRevision" must be a bigint');
    expect(() => store.readAll({ maxCount: -1 })).toThrow('"maxCount" must be a whole number');
    expect(() => store.subscribeToAll({ after: '5' as never })).toThrow('"after" must be a bigint');
  });
});

describe('expected revisions', () => {
  const cases: Array<[string, ExpectedRevision, boolean, bigint | undefined]> = [
    ['any on a missing stream', 'any', false, undefined],
    ['no_stream on a missing stream', 'no_stream', false, undefined],
    ['stream_exists on a missing stream', 'stream_exists', true, undefined],
    ['a revision on a missing stream', 0n, true, undefined],
  ];
  it.each(cases)('%s: conflict %s', async (_, expected, conflicts, actual) => {
    const { store } = storeOnFake();
    const outcome = await store.append('case-1', [newEvent(1)], expected);
    expect(isLeft(outcome)).toBe(conflicts);
    if (isLeft(outcome)) expect(outcome.left).toMatchObject({ code: 'concurrency-conflict', streamId: 'case-1', expected, actual });
  });

  it.each<[ExpectedRevision, boolean]>([
    ['any', false],
    ['no_stream', true],
    ['stream_exists', false],
    [1n, false],
    [0n, true],
    [5n, true],
  ])('on a stream at revision 1, expecting %s conflicts: %s, reporting revision 1', async (expected, conflicts) => {
    const { store } = storeOnFake();
    await store.append('case-1', [newEvent(1), newEvent(2)], 'no_stream');
    const outcome = await store.append('case-1', [newEvent(3)], expected);
    expect(isLeft(outcome)).toBe(conflicts);
    if (isLeft(outcome)) {
      expect(outcome.left.actual).toBe(1n);
      expect(outcome.left.message).toContain('at revision 1');
    } else {
      expect(outcome.right.nextExpectedRevision).toBe(2n);
    }
  });

  it('an append of no events writes nothing, checks the revision and reports the head', async () => {
    const { store, gateway } = storeOnFake();
    await expect(store.append('case-1', [], 'any')).rejects.toThrow('has no events');
    const first = await appended(store.append('case-1', [newEvent(1)], 'no_stream'));
    const length = gateway.log.length;
    expect(await appended(store.append('case-1', [], 0n))).toEqual(first);
    const conflict = await store.append('case-1', [], 'no_stream');
    expect(isLeft(conflict) && conflict.left.actual).toBe(0n);
    expect(gateway.log).toHaveLength(length);
  });
});

describe('reading every event', () => {
  const seeded = async () => {
    const fake = storeOnFake();
    await fake.store.append('case-1', [newEvent(1), newEvent(2)], 'any');
    fake.gateway.putRaw({ streamId: '$stats-127.0.0.1', type: 'stats', dataText: '{}', metadataText: '' });
    await fake.store.append('meeting-1', [newEvent(3)], 'any');
    fake.gateway.putRaw({ streamId: 'case-1', type: '$metadata', dataText: '{}', metadataText: '' });
    await fake.store.append('case-2', [newEvent(4), newEvent(5), newEvent(6)], 'any');
    fake.gateway.putRaw({ streamId: '$projections-$all', type: '$ProjectionsInitialized', dataText: '{}', metadataText: '' });
    return fake;
  };

  it('returns store events in global order, across pages, without system events', async () => {
    const { store } = await seeded();
    const all = await collect(store.readAll());
    expect(all.map((event) => `${event.streamId}@${event.revision}`)).toEqual([
      'case-1@0', 'case-1@1', 'meeting-1@0', 'case-2@0', 'case-2@1', 'case-2@2',
    ]);
    expect(positionsOf(all)).toEqual([...positionsOf(all)].sort((a, b) => (a < b ? -1 : 1)));
  });

  it('honours after (exclusive), maxCount and streamPrefix', async () => {
    const { store } = await seeded();
    const all = await collect(store.readAll());
    const third = all[2]!.position;
    expect(positionsOf(await collect(store.readAll({ after: third })))).toEqual(positionsOf(all.slice(3)));
    expect(positionsOf(await collect(store.readAll({ after: third, maxCount: 2 })))).toEqual(positionsOf(all.slice(3, 5)));
    expect((await collect(store.readAll({ streamPrefix: 'case-' }))).map((event) => event.streamId)).toEqual([
      'case-1', 'case-1', 'case-2', 'case-2', 'case-2',
    ]);
    expect(await collect(store.readAll({ after: all[5]!.position }))).toEqual([]);
    expect(await collect(store.readAll({ maxCount: 0 }))).toEqual([]);
  });

  it('yields a corrupt payload as an event with corruption set, and goes on', async () => {
    const { store, gateway } = await seeded();
    const good = (await store.readStream('case-1'))[0]!;
    gateway.putRaw({ streamId: 'case-3', type: 'CaseReferred', dataText: '{"child": ', metadataText: JSON.stringify({ ...good.metadata, schemaVersion: 1 }) });
    await store.append('case-4', [newEvent(9)], 'any');
    const tail = (await collect(store.readAll())).slice(-2);
    expect(tail[0]).toMatchObject({ streamId: 'case-3', data: undefined, schemaVersion: 1, corruption: expect.stringContaining('its data is not valid JSON') });
    expect(tail[1]).toMatchObject({ streamId: 'case-4', data: newEvent(9).data });
    expect(tail[1]).not.toHaveProperty('corruption');
  });

  it('gives the head position of store events, passing over system events after it', async () => {
    const empty = storeOnFake();
    expect(await empty.store.headPosition()).toBeUndefined();
    const { store, gateway } = await seeded();
    for (let n = 0; n < 7; n += 1) gateway.putRaw({ streamId: '$scavenges', type: '$scavengeStarted', dataText: '{}', metadataText: '' });
    const all = await collect(store.readAll());
    expect(await store.headPosition()).toBe(all[all.length - 1]!.position);
  });
});

describe('disposal', () => {
  it('closes the client once and refuses later calls', async () => {
    const { store, gateway } = storeOnFake();
    await Promise.all([store.dispose(), store.dispose()]);
    expect(gateway.disposed).toBe(true);
    await expect(store.readStream('case-1')).rejects.toThrow(StoreUnavailableError);
    await expect(store.append('case-1', [newEvent(1)], 'any')).rejects.toThrow('has been disposed');
  });
});
