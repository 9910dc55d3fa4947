import { either as E } from 'fp-ts';
import { ceiling } from './support/counter';
import { actor, counterHandler, increment, newStore, storedEvent } from './support/counter-handler';
import { withInterference, withReadBarrier } from './support/store-wrappers';

describe('two handlers racing on one stream', () => {
  it('lets one win; the other loads again, decides again and lands after it, losing nothing', async () => {
    const inner = newStore();
    const store = withReadBarrier(inner, 2);
    const [first, second] = await Promise.all([
      counterHandler(store)(increment('counter-1', 3), { actor, correlationId: 'first' }),
      counterHandler(store)(increment('counter-1', 4), { actor, correlationId: 'second' }),
    ]);
    const results = [first, second].map((result) => (E.isRight(result) ? result.right : undefined));
    expect(results.map((result) => result?.attempts).sort()).toEqual([1, 2]);
    expect(store.appends()).toBe(3);
    const stored = await inner.readStream('counter-1');
    expect(stored.map((event) => event.revision)).toEqual([0n, 1n]);
    expect(stored.map((event) => event.metadata.correlationId).sort()).toEqual(['first', 'second']);
    expect(new Set(stored.map((event) => event.eventId)).size).toBe(2);
  });

  it('lets the retry be refused when the winner changed what the decision depends on', async () => {
    const inner = newStore();
    await inner.append('counter-1', [storedEvent('Incremented', 2, { counterId: 'counter-1', amount: ceiling - 5 })], 'no_stream');
    const store = withReadBarrier(inner, 2);
    const results = await Promise.all([
      counterHandler(store)(increment('counter-1', 5), { actor }),
      counterHandler(store)(increment('counter-1', 5), { actor }),
    ]);
    const failures = results.flatMap((result) => (E.isLeft(result) ? [result.left] : []));
    expect(failures).toMatchObject([{ _tag: 'Rejected', rejection: { code: 'ceiling-reached' } }]);
    expect(await inner.readStream('counter-1')).toHaveLength(2);
  });
});

describe('a stream that keeps changing', () => {
  it('retries at most maxRetries times, then reports the conflict, having written nothing of its own', async () => {
    const inner = newStore();
    let interruptions = 0;
    const store = withInterference(inner, () => {
      interruptions += 1;
      return storedEvent('CounterReset', 1, { counterId: 'counter-1' });
    });
    const result = await counterHandler(store, { maxRetries: 2 })(increment('counter-1', 1), { actor });
    if (E.isRight(result) || result.left._tag !== 'ConflictPersisted') throw new Error('Expected the conflict to persist.');
    expect(result.left).toMatchObject({ _tag: 'ConflictPersisted', code: 'conflict-persisted', streamId: 'counter-1', attempts: 3 });
    expect(result.left.lastConflict).toMatchObject({ _tag: 'ConcurrencyConflict', actual: 2n });
    expect(result.left.message).toContain('3 attempts');
    expect(store.appends()).toBe(3);
    expect((await inner.readStream('counter-1')).map((event) => event.type)).toEqual(Array(interruptions).fill('CounterReset'));
  });

  it('does not retry at all with maxRetries 0, and refuses a maxRetries that is not a whole number', async () => {
    const store = withInterference(newStore(), () => storedEvent('CounterReset', 1, { counterId: 'counter-1' }));
    const result = await counterHandler(store, { maxRetries: 0 })(increment('counter-1', 1), { actor });
    expect(E.isLeft(result) && result.left._tag).toBe('ConflictPersisted');
    expect(store.appends()).toBe(1);
    expect(() => counterHandler(store, { maxRetries: -1 })).toThrow('maxRetries must be a whole number of at least 0, but was -1.');
    expect(() => counterHandler(store, { maxRetries: 1.5 })).toThrow('but was 1.5');
  });
});
