import {
  eventHash,
  genesisHash,
  InMemoryEventStore,
  InvalidEventError,
  runningHeadHash,
  verifyChain,
  withHashChain,
  type EventStore,
  type NewEvent,
} from '@send-hub/event-store';
import { readEverything } from '../decorator-support/read-everything';
import { either as E } from 'fp-ts';

let counter = 0;
const newEvent = (data: unknown = { count: (counter += 1) }): NewEvent => ({
  eventId: `event-${(counter += 1)}`,
  type: 'Counted',
  schemaVersion: 1,
  data,
  metadata: { recordedAt: '2025-10-01T09:00:00.000Z', actor: { id: 'tester', role: 'auditor' }, correlationId: 'c', causationId: 'c' },
});


describe('the hash chain decorator', () => {
  it('chains every event to the one before it in its stream, from the all-zero start', async () => {
    const inner = new InMemoryEventStore();
    const store = withHashChain(inner);
    await store.append('a', [newEvent(), newEvent()], 'no_stream');
    await store.append('b', [newEvent()], 'any');
    await store.append('a', [newEvent()], 1n);
    const [first, second, , fourth] = await readEverything(inner);
    expect(first?.metadata.hash).toEqual({ previous: genesisHash, current: eventHash(first!, genesisHash) });
    expect(second?.metadata.hash?.previous).toBe(first?.metadata.hash?.current);
    expect(fourth?.metadata.hash?.previous).toBe(second?.metadata.hash?.current);
    const summary = verifyChain(await readEverything(inner));
    expect(summary).toMatchObject({ problems: [], eventsChecked: 4, headPosition: 4n });
    expect(summary.headHash).toBe(runningHeadHash(await readEverything(store)));
  });

  it('keeps the meaning of every expected revision, reporting conflicts with the caller’s own expectation', async () => {
    const store = withHashChain(new InMemoryEventStore());
    expect(await store.append('a', [newEvent()], 'stream_exists')).toEqual(E.left(expect.objectContaining({ code: 'concurrency-conflict', expected: 'stream_exists', actual: undefined })));
    expect(E.isRight(await store.append('a', [newEvent()], 'no_stream'))).toBe(true);
    expect(await store.append('a', [newEvent()], 'no_stream')).toEqual(E.left(expect.objectContaining({ expected: 'no_stream', actual: 0n })));
    expect(await store.append('a', [newEvent()], 3n)).toEqual(E.left(expect.objectContaining({ expected: 3n, actual: 0n })));
    expect(await store.append('a', [newEvent()], -1n)).toEqual(E.left(expect.objectContaining({ expected: -1n, actual: 0n })));
    expect(await store.append('a', [newEvent()], 0n)).toEqual(E.right({ nextExpectedRevision: 1n, position: 2n }));
    expect(await store.append('a', [newEvent()], 0n)).toEqual(E.left(expect.objectContaining({ expected: 0n, actual: 1n })));
    expect(await store.append('a', [newEvent()], 'stream_exists')).toEqual(E.right({ nextExpectedRevision: 2n, position: 3n }));
    expect(await store.append('a', [newEvent()], 'any')).toEqual(E.right({ nextExpectedRevision: 3n, position: 4n }));
    expect(verifyChain(await store.readStream('a')).problems).toEqual([]);
  });

  it('never lets two writers fork a stream: "any" appends retry on the new tail, exact ones conflict', async () => {
    const inner = new InMemoryEventStore();
    const writers = [withHashChain(inner), withHashChain(inner), withHashChain(inner)];
    await writers[0]!.append('shared', [newEvent()], 'no_stream');
    const results = await Promise.all(writers.flatMap((writer) => [writer.append('shared', [newEvent()], 'any'), writer.append('shared', [newEvent()], 'any')]));
    expect(results.every(E.isRight)).toBe(true);
    const exact = await Promise.all(writers.map((writer) => writer.append('shared', [newEvent()], 6n)));
    expect(exact.filter(E.isRight)).toHaveLength(1);
    expect(exact.filter(E.isLeft)).toEqual(Array(2).fill(E.left(expect.objectContaining({ expected: 6n, actual: 7n }))));
    expect(verifyChain(await inner.readStream('shared'))).toMatchObject({ problems: [], eventsChecked: 8 });
  });

  it('chains an append at the revision it last wrote from the hash it remembers, reading nothing', async () => {
    const inner = new InMemoryEventStore();
    let reads = 0;
    const counted: EventStore = Object.assign(Object.create(inner) as EventStore, {
      readStream: (...args: Parameters<EventStore['readStream']>) => ((reads += 1), inner.readStream(...args)),
    });
    const store = withHashChain(counted);
    await store.append('a', [newEvent(), newEvent()], 'no_stream');
    await store.append('a', [newEvent()], 1n);
    await store.append('a', [newEvent()], 2n);
    expect(reads).toBe(0);
    expect(verifyChain(await inner.readStream('a'))).toMatchObject({ problems: [], eventsChecked: 4 });
  });

  it('never chains from a remembered hash once the stream moved on: the store refuses it, and the next append reads', async () => {
    const inner = new InMemoryEventStore();
    const [mine, theirs] = [withHashChain(inner), withHashChain(inner)];
    await mine.append('a', [newEvent()], 'no_stream');
    expect(E.isRight(await theirs.append('a', [newEvent()], 0n))).toBe(true);
    // Mine remembers revision 0 and its hash; revision 1 is theirs now.
    expect(await mine.append('a', [newEvent()], 0n)).toEqual(E.left(expect.objectContaining({ code: 'concurrency-conflict', expected: 0n, actual: 1n })));
    expect(await inner.readStream('a')).toHaveLength(2);
    expect(E.isRight(await mine.append('a', [newEvent()], 1n))).toBe(true);
    expect(E.isRight(await mine.append('a', [newEvent()], 2n))).toBe(true);
    expect(verifyChain(await inner.readStream('a'))).toMatchObject({ problems: [], eventsChecked: 4 });
  });

  it('continues a stream written before the chain existed from the value the verifier expects', async () => {
    const inner = new InMemoryEventStore();
    await inner.append('old', [newEvent(), newEvent()], 'no_stream');
    await withHashChain(inner).append('old', [newEvent()], 'any');
    const problems = verifyChain(await inner.readStream('old')).problems;
    expect(problems.map((problem) => [problem.code, problem.revision])).toEqual([
      ['hash-missing', 0n],
      ['hash-missing', 1n],
    ]);
  });

  it('refuses events it cannot hash, naming the event, and refuses nonsense options', async () => {
    const store = withHashChain(new InMemoryEventStore());
    await expect(store.append('a', [newEvent({ big: 1n })], 'any')).rejects.toThrow(new InvalidEventError('Event 1 of the append to "a" (type "Counted") cannot be stored: data.big is a bigint, which JSON cannot hold.'));
    await expect(store.append('a', [{ ...newEvent(), metadata: undefined } as unknown as NewEvent], 'any')).rejects.toThrow(InvalidEventError);
    // In the port's words, as every store would say it: the chain checks the envelope before hashing it.
    await expect(store.append('a', [newEvent(), { ...newEvent(), metadata: { recordedAt: 'x' } } as unknown as NewEvent], 'any')).rejects.toThrow(
      new InvalidEventError('Event 2 of the append to "a" (type "Counted") has incomplete metadata: it needs recordedAt, actor (id and role), correlationId and causationId.'),
    );
    expect(await store.readStream('a')).toEqual([]);
    expect(() => withHashChain(new InMemoryEventStore(), { maxAttempts: 0 })).toThrow('maxAttempts must be a whole number of at least 1');
  });

  it('passes reads, subscriptions and the head position through unchanged', async () => {
    const inner = new InMemoryEventStore();
    const store = withHashChain(inner);
    await store.append('a', [newEvent()], 'any');
    expect(await store.headPosition()).toBe(1n);
    const subscription = store.subscribeToAll();
    const iterator = subscription[Symbol.asyncIterator]();
    expect((await iterator.next()).value).toMatchObject({ kind: 'event', event: { streamId: 'a', metadata: { hash: expect.anything() } } });
    await subscription.unsubscribe();
    await store.dispose();
    await expect(inner.headPosition()).rejects.toThrow();
  });
});
