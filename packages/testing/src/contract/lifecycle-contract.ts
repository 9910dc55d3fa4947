import { StoreUnavailableError } from '@send-hub/event-store';
import { appended, collect, newEvents, uniquePrefix, uniqueStreamId } from './contract-events';
import type { ContractContext } from './contract-store';
import { take } from './subscription-contract';
import { jestGlobals } from './jest-globals';

/** What an empty store answers, and what disposing of a store does. */
export const describeLifecycle = ({ store, fresh }: ContractContext): void => {
  const { describe, expect, it } = jestGlobals();
  describe('an empty store', () => {
    it('has no events, no head position, and no streams', async () => {
      expect(await store().readStream(uniqueStreamId('missing'))).toEqual([]);
      if (fresh()) {
        expect(await store().headPosition()).toBeUndefined();
        expect(await collect(store().readAll())).toEqual([]);
      } else {
        // A shared store may hold others' events: only what nobody wrote can be known to be empty.
        expect(await collect(store().readAll({ after: await store().headPosition(), streamPrefix: uniquePrefix('nobody') }))).toEqual([]);
      }
    });

    it('tells a new subscriber at once that it has caught up', async () => {
      const subscription = store().subscribeToAll(fresh() ? {} : { after: await store().headPosition(), streamPrefix: uniquePrefix('nobody') });
      expect(await take(subscription, 1)).toEqual([{ kind: 'caughtUp' }]);
      await subscription.unsubscribe();
    });
  });

  describe('dispose', () => {
    it('ends live subscriptions, can be called twice, and refuses work afterwards with StoreUnavailableError', async () => {
      const prefix = uniquePrefix('dispose');
      appended(await store().append(`${prefix}a`, newEvents(1), 'no_stream'));
      const subscription = store().subscribeToAll({ after: await store().headPosition(), streamPrefix: prefix });
      const iterator = subscription[Symbol.asyncIterator]();
      expect((await iterator.next()).value).toEqual({ kind: 'caughtUp' });
      const pending = iterator.next();
      await store().dispose();
      expect(await pending).toEqual({ done: true, value: undefined });
      await store().dispose();
      await expect(store().append(`${prefix}a`, newEvents(1), 'any')).rejects.toThrow(StoreUnavailableError);
      await expect(store().readStream(`${prefix}a`)).rejects.toThrow(StoreUnavailableError);
      await expect(store().headPosition()).rejects.toThrow(StoreUnavailableError);
      await subscription.unsubscribe();
    });
  });
};
