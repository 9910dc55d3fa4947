import type { Subscription, SubscriptionMessage } from '@send-hub/event-store';
import { openSqliteEventStore, type SqliteEventStore } from '../src';
import { newEvents } from './support/events';
import { useTemporaryFolder } from './support/temporary-files';

const temporary = useTemporaryFolder();
let store: SqliteEventStore;
beforeEach(() => {
  store = openSqliteEventStore({ file: temporary.file(), pageSize: 2, pollIntervalMs: 10 });
});
afterEach(() => store.dispose());

const take = async (subscription: Subscription, count: number): Promise<string[]> => {
  const iterator = subscription[Symbol.asyncIterator]();
  const seen: string[] = [];
  while (seen.length < count) {
    const result = await iterator.next();
    if (result.done === true) throw new Error(`The subscription ended after ${seen.join(', ')}.`);
    seen.push(summarise(result.value));
  }
  return seen;
};

const summarise = (message: SubscriptionMessage): string =>
  message.kind === 'caughtUp' ? 'caught up' : `${message.event.streamId}@${message.event.position.toString()}`;

describe('catch-up subscriptions', () => {
  it('delivers stored events, says it caught up once, then delivers live appends exactly once', async () => {
    await store.append('case-a', newEvents(3), 'no_stream');
    const subscription = store.subscribeToAll();
    expect(await take(subscription, 4)).toEqual(['case-a@1', 'case-a@2', 'case-a@3', 'caught up']);
    const live = take(subscription, 3);
    await store.append('case-b', newEvents(2), 'no_stream');
    await store.append('case-a', newEvents(1), 2n);
    expect(await live).toEqual(['case-b@4', 'case-b@5', 'case-a@6']);
    await subscription.unsubscribe();
  });

  it('starts after a checkpoint, filters by prefix, and says caught up for an empty store too', async () => {
    expect(await take(store.subscribeToAll({ streamPrefix: 'case-' }), 1)).toEqual(['caught up']);
    await store.append('case-a', newEvents(2), 'no_stream');
    await store.append('meeting-1', newEvents(2), 'no_stream');
    await store.append('case-b', newEvents(2), 'no_stream');
    const subscription = store.subscribeToAll({ after: 1n, streamPrefix: 'case-' });
    expect(await take(subscription, 4)).toEqual(['case-a@2', 'case-b@5', 'case-b@6', 'caught up']);
    const live = take(subscription, 1);
    await store.append('meeting-1', newEvents(1), 1n);
    await store.append('case-c', newEvents(1), 'no_stream');
    expect(await live).toEqual(['case-c@8']);
  });

  it('sees appends made through another connection to the same file, by polling', async () => {
    const otherProcess = openSqliteEventStore({ file: temporary.file() });
    const subscription = store.subscribeToAll();
    expect(await take(subscription, 1)).toEqual(['caught up']);
    const live = take(subscription, 2);
    await otherProcess.append('case-x', newEvents(2), 'no_stream');
    expect(await live).toEqual(['case-x@1', 'case-x@2']);
    await otherProcess.dispose();
  });

  it('ends pending reads when unsubscribed, and when the store is disposed', async () => {
    const first = store.subscribeToAll();
    const iterator = first[Symbol.asyncIterator]();
    expect((await iterator.next()).value).toEqual({ kind: 'caughtUp' });
    const pending = iterator.next();
    await first.unsubscribe();
    await first.unsubscribe();
    expect(await pending).toEqual({ done: true, value: undefined });

    const second = store.subscribeToAll()[Symbol.asyncIterator]();
    await second.next();
    const waiting = second.next();
    await store.dispose();
    expect(await waiting).toEqual({ done: true, value: undefined });
  });

  it('stops when a for-await loop breaks', async () => {
    await store.append('case-a', newEvents(5), 'no_stream');
    const subscription = store.subscribeToAll();
    const seen: SubscriptionMessage[] = [];
    for await (const message of subscription) {
      seen.push(message);
      if (seen.length === 2) break;
    }
    expect(seen).toHaveLength(2);
    expect(await subscription[Symbol.asyncIterator]().next()).toEqual({ done: true, value: undefined });
  });

  it('answers calls to next() made without waiting, in order', async () => {
    await store.append('case-a', newEvents(3), 'no_stream');
    const iterator = store.subscribeToAll()[Symbol.asyncIterator]();
    const results = await Promise.all([iterator.next(), iterator.next(), iterator.next(), iterator.next()]);
    expect(results.map((result) => (result.done === true ? 'done' : summarise(result.value)))).toEqual([
      'case-a@1',
      'case-a@2',
      'case-a@3',
      'caught up',
    ]);
  });
});
