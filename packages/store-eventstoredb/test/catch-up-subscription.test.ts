import { StoreUnavailableError, type SubscriptionMessage } from '@send-hub/event-store';
import { collect, storeOnFake } from './support/fake-store';
import { newEvent } from './support/new-event';

type Fake = ReturnType<typeof storeOnFake>;

/** Lets timers and callbacks run until `condition` holds (a bounded number of turns). */
const until = async (condition: () => boolean): Promise<void> => {
  for (let turn = 0; turn < 200 && !condition(); turn += 1) await new Promise((resolve) => setTimeout(resolve, 0));
  if (!condition()) throw new Error('the condition never came true');
};

/** Pulls exactly `count` messages, each as `stream@revision` or `caughtUp`. */
const take = async (iterator: AsyncIterator<SubscriptionMessage>, count: number): Promise<string[]> => {
  const seen: string[] = [];
  while (seen.length < count) {
    const step = await iterator.next();
    if (step.done === true) throw new Error(`the subscription ended after ${seen.join(', ')}`);
    seen.push(step.value.kind === 'caughtUp' ? 'caughtUp' : `${step.value.event.streamId}@${step.value.event.revision}`);
  }
  return seen;
};

const positionsIn = (fake: Fake, streamId: string): bigint[] =>
  fake.gateway.log.filter((record) => record.streamId === streamId).map((record) => record.position.prepare);

const seed = async (fake: Fake): Promise<void> => {
  await fake.store.append('case-1', [newEvent(1), newEvent(2)], 'any');
  fake.gateway.putRaw({ streamId: '$stats-1', type: 'stats', dataText: '{}', metadataText: '' });
  await fake.store.append('meeting-1', [newEvent(3)], 'any');
  await fake.store.append('case-2', [newEvent(4), newEvent(5)], 'any');
};

describe('catch-up subscriptions', () => {
  it('delivers stored events, then caughtUp once, then live events, in global order', async () => {
    const fake = storeOnFake();
    await seed(fake);
    const subscription = fake.store.subscribeToAll();
    const iterator = subscription[Symbol.asyncIterator]();
    expect(await take(iterator, 6)).toEqual(['case-1@0', 'case-1@1', 'meeting-1@0', 'case-2@0', 'case-2@1', 'caughtUp']);
    await fake.store.append('case-1', [newEvent(6)], 'any');
    fake.gateway.putRaw({ streamId: '$ce-case', type: '$>', dataText: '0@case-1', metadataText: '' });
    await fake.store.append('case-3', [newEvent(7)], 'any');
    expect(await take(iterator, 2)).toEqual(['case-1@2', 'case-3@0']);
    await subscription.unsubscribe();
  });

  it('starts strictly after a checkpoint and keeps to a stream prefix, stored and live', async () => {
    const fake = storeOnFake();
    await seed(fake);
    const [, second] = positionsIn(fake, 'case-1');
    const subscription = fake.store.subscribeToAll({ after: second!, streamPrefix: 'case-' });
    const iterator = subscription[Symbol.asyncIterator]();
    expect(await take(iterator, 3)).toEqual(['case-2@0', 'case-2@1', 'caughtUp']);
    await fake.store.append('meeting-1', [newEvent(8)], 'any');
    await fake.store.append('case-2', [newEvent(9)], 'any');
    expect(await take(iterator, 1)).toEqual(['case-2@2']);
    expect(fake.gateway.subscriptionStarts).toEqual([{ commit: positionsIn(fake, 'case-2')[1], prepare: positionsIn(fake, 'case-2')[1] }]);
    await subscription.unsubscribe();
  });

  it('sends caughtUp at once on an empty store', async () => {
    const fake = storeOnFake();
    const iterator = fake.store.subscribeToAll()[Symbol.asyncIterator]();
    expect(await take(iterator, 1)).toEqual(['caughtUp']);
    await fake.store.dispose();
  });
});

describe('restoring a dropped subscription', () => {
  it('resumes from the last event after a live drop, with no gap and no repeat', async () => {
    const fake = storeOnFake();
    await seed(fake);
    const subscription = fake.store.subscribeToAll({ streamPrefix: 'case-' });
    const iterator = subscription[Symbol.asyncIterator]();
    expect(await take(iterator, 5)).toEqual(['case-1@0', 'case-1@1', 'case-2@0', 'case-2@1', 'caughtUp']);
    fake.gateway.subscriptionFailures.push(2, 0, 0);
    await fake.store.append('case-4', [1, 2, 3, 4, 5, 6].map((n) => newEvent(n)), 'any');
    expect(await take(iterator, 6)).toEqual(['case-4@0', 'case-4@1', 'case-4@2', 'case-4@3', 'case-4@4', 'case-4@5']);
    await fake.store.append('case-5', [newEvent(7)], 'any');
    expect(await take(iterator, 1)).toEqual(['case-5@0']);
    const second = positionsIn(fake, 'case-4')[1]!;
    // The first subscription dropped after two live events; the read that restored it started at the second.
    expect(fake.gateway.readAllStarts).toContainEqual({ commit: second, prepare: second });
    await subscription.unsubscribe();
  });

  it('subscribes again from exactly the last delivered event when nothing came in between', async () => {
    const fake = storeOnFake({ resubscribe: { firstDelayMilliseconds: 0, maxDelayMilliseconds: 0 } });
    await seed(fake);
    const iterator = fake.store.subscribeToAll()[Symbol.asyncIterator]();
    await take(iterator, 6);
    fake.gateway.subscriptionFailures.push(1);
    await fake.store.append('case-7', [newEvent(7)], 'any');
    expect(await take(iterator, 1)).toEqual(['case-7@0']);
    const pending = iterator.next();
    await until(() => fake.gateway.subscriptionStarts.length === 2);
    await fake.store.append('case-8', [newEvent(8)], 'any');
    const next = await pending;
    expect(next.done !== true && next.value.kind === 'event' && next.value.event.streamId).toBe('case-8');
    const lastDelivered = positionsIn(fake, 'case-7')[0]!;
    expect(fake.gateway.subscriptionStarts[1]).toEqual({ commit: lastDelivered, prepare: lastDelivered });
    await fake.store.dispose();
  });

  it('resumes a catch-up read that fails midway, with caughtUp still sent once', async () => {
    const fake = storeOnFake();
    await seed(fake);
    fake.gateway.readAllFailures.push(2, 1, 0);
    const iterator = fake.store.subscribeToAll()[Symbol.asyncIterator]();
    expect(await take(iterator, 6)).toEqual(['case-1@0', 'case-1@1', 'meeting-1@0', 'case-2@0', 'case-2@1', 'caughtUp']);
    await fake.store.append('case-1', [newEvent(9)], 'any');
    expect(await take(iterator, 1)).toEqual(['case-1@2']);
    await fake.store.dispose();
  });

  it('gives up with a plain-English error after the configured attempts in a row', async () => {
    const fake = storeOnFake({ resubscribe: { maxAttempts: 2, firstDelayMilliseconds: 1, maxDelayMilliseconds: 1 } });
    await seed(fake);
    const iterator = fake.store.subscribeToAll()[Symbol.asyncIterator]();
    await take(iterator, 6);
    fake.gateway.subscriptionFailures.push(0, 0, 0);
    const failure = iterator.next();
    await expect(failure).rejects.toThrow(StoreUnavailableError);
    await expect(failure).rejects.toThrow('dropped and 2 attempts in a row to restore it failed (last: ');
    expect(fake.gateway.subscriptionStarts).toHaveLength(3);
    await fake.store.dispose();
  });

  it('keeps restoring a subscription that the server accepted before each drop', async () => {
    const fake = storeOnFake({ resubscribe: { maxAttempts: 1, firstDelayMilliseconds: 1, maxDelayMilliseconds: 1 } });
    const iterator = fake.store.subscribeToAll()[Symbol.asyncIterator]();
    await take(iterator, 1);
    for (let n = 0; n < 4; n += 1) {
      fake.gateway.subscriptionFailures.push(1);
      await fake.store.append(`case-${n}`, [newEvent(n), newEvent(n + 10)], 'any');
      expect(await take(iterator, 2)).toEqual([`case-${n}@0`, `case-${n}@1`]);
    }
    await fake.store.dispose();
  });
});

describe('ending a subscription', () => {
  it('unsubscribe answers a pending next() as done, stops the live subscription and is safe twice', async () => {
    const fake = storeOnFake();
    await seed(fake);
    const subscription = fake.store.subscribeToAll();
    const iterator = subscription[Symbol.asyncIterator]();
    await take(iterator, 6);
    const pending = iterator.next();
    await subscription.unsubscribe();
    await subscription.unsubscribe();
    expect(await pending).toEqual({ done: true, value: undefined });
    expect(await iterator.next()).toEqual({ done: true, value: undefined });
    await fake.store.append('case-1', [newEvent(9)], 'any');
    expect(await iterator.next()).toEqual({ done: true, value: undefined });
  });

  it('ends when the reader leaves a for-await loop', async () => {
    const fake = storeOnFake();
    await seed(fake);
    const seen: string[] = [];
    for await (const message of fake.store.subscribeToAll()) {
      if (message.kind === 'caughtUp') break;
      seen.push(message.event.streamId);
    }
    expect(seen).toHaveLength(5);
  });

  it('dispose ends every open subscription and closes the client', async () => {
    const fake = storeOnFake();
    await seed(fake);
    const first = fake.store.subscribeToAll();
    const second = fake.store.subscribeToAll({ streamPrefix: 'meeting-' });
    const firstIterator = first[Symbol.asyncIterator]();
    const secondIterator = second[Symbol.asyncIterator]();
    await take(firstIterator, 6);
    await take(secondIterator, 2);
    const pending = [firstIterator.next(), secondIterator.next()];
    await fake.store.dispose();
    expect(await Promise.all(pending)).toEqual([{ done: true, value: undefined }, { done: true, value: undefined }]);
    expect(fake.gateway.disposed).toBe(true);
    expect(await collect(second)).toEqual([]);
  });

  it('dispose ends a subscription waiting on a read that only the closing client ends', async () => {
    const fake = storeOnFake();
    fake.gateway.holdReadsUntilDisposed = true;
    const pending = fake.store.subscribeToAll()[Symbol.asyncIterator]().next();
    await until(() => fake.gateway.readAllStarts.length === 1);
    await fake.store.dispose();
    expect(await pending).toEqual({ done: true, value: undefined });
  });

  it('unsubscribe during a wait before another attempt ends at once', async () => {
    const fake = storeOnFake({ resubscribe: { firstDelayMilliseconds: 60_000, maxDelayMilliseconds: 60_000 } });
    const subscription = fake.store.subscribeToAll();
    const iterator = subscription[Symbol.asyncIterator]();
    await take(iterator, 1);
    fake.gateway.subscriptionFailures.push(0);
    const pending = iterator.next();
    await new Promise((resolve) => setImmediate(resolve));
    await subscription.unsubscribe();
    expect(await pending).toEqual({ done: true, value: undefined });
  });
});
