import * as fc from 'fast-check';
import { either as E } from 'fp-ts';
import { createStateCache, type EventStore, type ReadStreamOptions } from '../src';
import { counterDecider, type CounterState } from './support/counter';
import { actor, counterHandler, increment, newStore, storedEvent } from './support/counter-handler';

/** The store, noting where each read of a stream started. */
const noteReads = (inner: EventStore): EventStore & { readonly starts: Array<bigint | undefined> } => {
  const starts: Array<bigint | undefined> = [];
  return {
    starts,
    append: (...args) => inner.append(...args),
    readStream: (streamId: string, options?: ReadStreamOptions) => {
      starts.push(options?.fromRevision);
      return inner.readStream(streamId, options);
    },
    readAll: (options) => inner.readAll(options),
    subscribeToAll: (options) => inner.subscribeToAll(options),
    headPosition: () => inner.headPosition(),
    dispose: () => inner.dispose(),
  };
};

const valueOf = (cache: ReturnType<typeof createStateCache<CounterState>>, streamId: string) => cache.get(streamId);

describe('a command handler with a state cache', () => {
  it('reads only the events after the revision it last read, and gets the same answers', async () => {
    const store = noteReads(newStore());
    const cache = createStateCache<CounterState>();
    const handle = counterHandler(store, { cache });
    for (const amount of [3, 4, 5, 6]) expect(E.isRight(await handle(increment('counter-1', amount), { actor }))).toBe(true);
    // The first command found no stream, so nothing was cached; each later one reads on from the state the one before read.
    expect(store.starts).toEqual([undefined, undefined, 1n, 2n]);
    expect(valueOf(cache, 'counter-1')).toEqual({ revision: 2n, state: { value: 12 } });
  });

  it('keeps the state as read, never as its own command’s events would change it', async () => {
    const store = noteReads(newStore());
    const cache = createStateCache<CounterState>();
    const handle = counterHandler(store, { cache });
    await handle(increment('counter-1', 3), { actor });
    await handle(increment('counter-1', 4), { actor });
    expect(valueOf(cache, 'counter-1')).toEqual({ revision: 0n, state: { value: 3 } });
    expect(await store.readStream('counter-1')).toHaveLength(2);
  });

  it('folds in what other writers appended since', async () => {
    const store = noteReads(newStore());
    const cache = createStateCache<CounterState>();
    const handle = counterHandler(store, { cache });
    await handle(increment('counter-1', 10), { actor });
    await store.append('counter-1', [storedEvent('Incremented', 1, { counterId: 'counter-1', by: 85 })], 0n);
    const refused = await handle(increment('counter-1', 10), { actor });
    expect(refused).toMatchObject(E.left({ _tag: 'Rejected', rejection: { code: 'ceiling-reached' } }));
    expect(valueOf(cache, 'counter-1')).toEqual({ revision: 1n, state: { value: 95 } });
  });

  it('reads the stream from its start again after a conflict', async () => {
    const inner = newStore();
    const store = noteReads(inner);
    // A writer that gets in between this handler's read and its append, when asked to.
    let interfere = false;
    const racing: EventStore = {
      ...store,
      readStream: async (streamId, options) => {
        const events = await store.readStream(streamId, options);
        if (interfere) {
          interfere = false;
          await inner.append('counter-1', [storedEvent('Incremented', 2, { counterId: 'counter-1', amount: 2 })], 1n);
        }
        return events;
      },
    };
    const cache = createStateCache<CounterState>();
    const handle = counterHandler(racing, { cache });
    await handle(increment('counter-1', 1), { actor });
    await handle(increment('counter-1', 1), { actor });
    interfere = true;
    const result = await handle(increment('counter-1', 4), { actor });
    expect(result).toMatchObject(E.right({ attempts: 2, newRevision: 3n }));
    expect(store.starts).toEqual([undefined, undefined, 1n, undefined]);
    expect(valueOf(cache, 'counter-1')).toEqual({ revision: 2n, state: { value: 4 } });
  });

  it('keeps the state as read after a caller changes its command: the revision read, the value stored', async () => {
    const cache = createStateCache<CounterState>();
    const handle = counterHandler(newStore(), { cache });
    const command = increment('counter-1', 5) as { step: { amount: number } };
    await handle(command, { actor });
    command.step.amount = 50;
    await handle(increment('counter-1', 1), { actor });
    expect(valueOf(cache, 'counter-1')).toEqual({ revision: 0n, state: { value: 5 } });
  });

  it('with foldWrittenEvents, trusts the cache: folds its own events in and reads nothing for them', async () => {
    const store = noteReads(newStore());
    const cache = createStateCache<CounterState>();
    const handle = counterHandler(store, { cache, foldWrittenEvents: true });
    for (const amount of [3, 4, 5]) expect(await handle(increment('counter-1', amount), { actor })).toMatchObject(E.right({ attempts: 1 }));
    // A stream not cached is decided on as new: the store's check of "no stream" stands in for the read.
    expect(store.starts).toEqual([]);
    expect(valueOf(cache, 'counter-1')).toEqual({ revision: 2n, state: { value: 12 } });
    expect((await store.readStream('counter-1')).map((event) => event.data)).toEqual([3, 4, 5].map((amount) => ({ type: 'Incremented', counterId: 'counter-1', amount })));
  });

  it('with foldWrittenEvents, decides again on what others wrote when the store refuses the cached revision', async () => {
    const store = noteReads(newStore());
    const cache = createStateCache<CounterState>();
    const handle = counterHandler(store, { cache, foldWrittenEvents: true });
    for (const amount of [3, 4, 5]) await handle(increment('counter-1', amount), { actor });
    await store.append('counter-1', [storedEvent('Incremented', 2, { counterId: 'counter-1', amount: 80 })], 2n);
    // On the cached 12 the increment would land; the store refuses revision 2, and on the 92 read after it, it is refused.
    const refused = await handle(increment('counter-1', 10), { actor });
    expect(refused).toMatchObject(E.left({ _tag: 'Rejected', rejection: { code: 'ceiling-reached' } }));
    expect(store.starts).toEqual([3n]);
    expect(valueOf(cache, 'counter-1')).toEqual({ revision: 3n, state: { value: 92 } });
    expect(await store.readStream('counter-1')).toHaveLength(4);
  });

  it('with foldWrittenEvents, confirms a refusal decided on the cache by reading, and lands when others changed the state', async () => {
    const store = noteReads(newStore());
    const cache = createStateCache<CounterState>();
    const handle = counterHandler(store, { cache, foldWrittenEvents: true });
    for (let step = 0; step < 10; step += 1) await handle(increment('counter-1', 10), { actor });
    await store.append('counter-1', [storedEvent('CounterReset', 1, { counterId: 'counter-1' })], 9n);
    // The cache says 100, where an increment is refused; the stream says 0 since the reset.
    const landed = await handle(increment('counter-1', 5), { actor });
    expect(landed).toMatchObject(E.right({ attempts: 1, newRevision: 11n }));
    expect(store.starts).toEqual([10n]);
    expect(valueOf(cache, 'counter-1')).toEqual({ revision: 11n, state: { value: 5 } });
  });

  it('with foldWrittenEvents, informs the command again for the decision on what the confirming read found, and only then', async () => {
    const store = noteReads(newStore());
    const cache = createStateCache<CounterState>();
    // What the command is told comes from beyond its stream and may change: here, the step it is given.
    const told: number[] = [];
    let step = 10;
    const handle = counterHandler(store, {
      cache,
      foldWrittenEvents: true,
      informCommand: async (command) => {
        told.push(step);
        return command.type === 'Increment' ? { ...command, step: { amount: step } } : command;
      },
    });
    for (let count = 0; count < 10; count += 1) await handle(increment('counter-1', 1), { actor });
    told.length = 0;
    // Refused on the cached 100, and confirmed by a read that finds nothing newer: told once.
    expect(await handle(increment('counter-1', 1), { actor })).toMatchObject(E.left({ _tag: 'Rejected' }));
    expect(told).toEqual([10]);
    told.length = 0;
    await store.append('counter-1', [storedEvent('CounterReset', 1, { counterId: 'counter-1' })], 9n);
    step = 3;
    // Refused on the cache, then decided again on the reset the read found, told afresh: the second telling is the one written.
    const landed = await handle(increment('counter-1', 1), { actor });
    expect(landed).toMatchObject(E.right({ attempts: 1, events: [{ type: 'Incremented', amount: 3 }] }));
    expect(told).toEqual([3, 3]);
    expect(valueOf(cache, 'counter-1')).toEqual({ revision: 11n, state: { value: 3 } });
  });

  it('with foldWrittenEvents, confirms a decision to change nothing by reading, and writes when others changed the state', async () => {
    const store = noteReads(newStore());
    const cache = createStateCache<CounterState>();
    const handle = counterHandler(store, { cache, foldWrittenEvents: true });
    await handle(increment('counter-1', 4), { actor });
    await handle({ type: 'Reset', counterId: 'counter-1' }, { actor });
    await store.append('counter-1', [storedEvent('Incremented', 2, { counterId: 'counter-1', amount: 7 })], 1n);
    // On the cached 0 a reset changes nothing; on the 7 read it resets.
    const reset = await handle({ type: 'Reset', counterId: 'counter-1' }, { actor });
    expect(reset).toMatchObject(E.right({ newRevision: 3n, events: [{ type: 'CounterReset' }] }));
    expect(store.starts).toEqual([2n]);
  });

  it('with foldWrittenEvents, keeps a refusal decided on the cache when the read finds nothing newer, deciding once', async () => {
    const store = noteReads(newStore());
    const cache = createStateCache<CounterState>();
    let decisions = 0;
    const handle = counterHandler(store, {
      cache,
      foldWrittenEvents: true,
      decider: { ...counterDecider, decide: (command, state) => ((decisions += 1), counterDecider.decide(command, state)) },
    });
    for (let step = 0; step < 10; step += 1) await handle(increment('counter-1', 10), { actor });
    decisions = 0;
    const refused = await handle(increment('counter-1', 1), { actor });
    expect(refused).toMatchObject(E.left({ _tag: 'Rejected', rejection: { code: 'ceiling-reached' } }));
    expect(decisions).toBe(1);
    expect(store.starts).toEqual([10n]);
    const unchanged = await handle({ type: 'Reset', counterId: 'counter-2' }, { actor });
    expect(unchanged).toMatchObject(E.right({ events: [], newRevision: undefined, attempts: 1 }));
    expect(store.starts).toEqual([10n, undefined]);
  });

  it('with foldWrittenEvents, reads a stream it has not cached once the store refuses it as new', async () => {
    const store = noteReads(newStore());
    const other = counterHandler(store, { cache: createStateCache<CounterState>(), foldWrittenEvents: true });
    await other(increment('counter-1', 6), { actor });
    const cache = createStateCache<CounterState>();
    const handle = counterHandler(store, { cache, foldWrittenEvents: true });
    const landed = await handle(increment('counter-1', 2), { actor });
    expect(landed).toMatchObject(E.right({ attempts: 1, newRevision: 1n }));
    expect(store.starts).toEqual([undefined]);
    expect(valueOf(cache, 'counter-1')).toEqual({ revision: 1n, state: { value: 8 } });
  });

  it('without a cache, foldWrittenEvents changes nothing', async () => {
    const store = noteReads(newStore());
    const handle = counterHandler(store, { foldWrittenEvents: true });
    for (const amount of [3, 4]) expect(E.isRight(await handle(increment('counter-1', amount), { actor }))).toBe(true);
    expect(store.starts).toEqual([undefined, undefined]);
  });

  it('serves one store only', () => {
    const cache = createStateCache<CounterState>();
    counterHandler(newStore(), { cache });
    expect(() => counterHandler(newStore(), { cache })).toThrow(/another store/);
  });
});

describe('the state cache', () => {
  it('forgets the least recently used stream first', () => {
    const cache = createStateCache<number>({ maxStreams: 2 });
    cache.set('a', { revision: 0n, state: 1 });
    cache.set('b', { revision: 0n, state: 2 });
    cache.get('a');
    cache.set('c', { revision: 0n, state: 3 });
    expect([cache.get('a'), cache.get('b'), cache.get('c')].map((entry) => entry?.state)).toEqual([1, undefined, 3]);
  });

  it('keeps the entry further along when writers finish out of order', () => {
    const cache = createStateCache<number>();
    cache.set('a', { revision: 5n, state: 5 });
    cache.set('a', { revision: 3n, state: 3 });
    expect(cache.get('a')).toEqual({ revision: 5n, state: 5 });
  });

  it('never forgets a stream used within the last half of its size in uses', () => {
    // Mostly sets and gets over a few more streams than fit, so the cache is full and forgetting.
    const operation = fc.record({ kind: fc.constantFrom('get', 'get', 'set', 'set', 'set', 'delete'), stream: fc.integer({ min: 0, max: 9 }) });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }), fc.array(operation, { minLength: 20, maxLength: 300 }), (maxStreams, operations) => {
        const cache = createStateCache<number>({ maxStreams });
        const lastUse = new Map<string, number>();
        const lastSet = new Map<string, number>();
        operations.forEach(({ kind, stream }, index) => {
          const streamId = `s-${stream}`;
          if (kind === 'delete') {
            cache.delete(streamId);
            lastUse.delete(streamId);
            lastSet.delete(streamId);
          } else if (kind === 'set') {
            cache.set(streamId, { revision: BigInt(index), state: index });
            lastUse.set(streamId, index);
            lastSet.set(streamId, index);
          } else if (cache.get(streamId) !== undefined) {
            lastUse.set(streamId, index);
          }
        });
        for (const [streamId, usedAt] of lastUse) {
          if (operations.length - usedAt <= maxStreams / 2) expect(cache.get(streamId)?.state).toBe(lastSet.get(streamId));
        }
      }),
      { numRuns: 1_000 },
    );
  });

  it('refuses a size below one', () => {
    expect(() => createStateCache({ maxStreams: 0 })).toThrow(/at least 1/);
  });
});
