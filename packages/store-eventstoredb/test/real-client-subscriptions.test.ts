import { EventStoreDBClient, START } from '@eventstore/db-client';
import { isRight } from 'fp-ts/Either';
import { StoreUnavailableError, type EventStore, type SubscriptionMessage } from '@send-hub/event-store';
import { newEvent } from './support/new-event';
import { eventually, useProtocolServer } from './support/server-fixture';

/** Subscriptions through the real client: what the server sees of them, and how they survive a drop. */

const label = (message: SubscriptionMessage): string =>
  message.kind === 'caughtUp' ? 'caughtUp' : `${message.event.streamId}@${message.event.revision.toString()}`;

const take = async (iterator: AsyncIterator<SubscriptionMessage>, count: number): Promise<string[]> => {
  const seen: string[] = [];
  while (seen.length < count) {
    const step = await iterator.next();
    if (step.done === true) throw new Error(`the subscription ended after ${seen.join(', ')}`);
    seen.push(label(step.value));
  }
  return seen;
};

const append = async (store: EventStore, streamId: string, n: number): Promise<void> => {
  if (!isRight(await store.append(streamId, [newEvent(n)], 'any'))) throw new Error(`the append to ${streamId} was refused`);
};

describe('subscriptions through the real client', () => {
  const fixture = useProtocolServer();

  it('cancels the server subscription on dispose(), and ends the pending iteration', async () => {
    const store = fixture.connect();
    await append(store, 'case-1', 1);
    const iterator = store.subscribeToAll()[Symbol.asyncIterator]();
    expect(await take(iterator, 2)).toEqual(['case-1@0', 'caughtUp']);
    // The live subscription opens once the reader asks for more.
    const pending = iterator.next();
    const calls = fixture.server().calls;
    await eventually(() => calls.openCount('subscription') === 1);
    await store.dispose();
    expect(await pending).toEqual({ done: true, value: undefined });
    await eventually(() => calls.openCount() === 0);
    expect(calls.history.filter((call) => call.kind === 'subscription').map((call) => call.ending)).toEqual(['cancelled by the client']);
  });

  it('cancels the server subscription on unsubscribe(), leaving the store usable', async () => {
    const store = fixture.connect();
    const subscription = store.subscribeToAll();
    const iterator = subscription[Symbol.asyncIterator]();
    expect(await take(iterator, 1)).toEqual(['caughtUp']);
    const pending = iterator.next();
    const calls = fixture.server().calls;
    await eventually(() => calls.openCount('subscription') === 1);
    await subscription.unsubscribe();
    expect(await pending).toEqual({ done: true, value: undefined });
    await eventually(() => calls.openCount('subscription') === 0);
    await append(store, 'case-1', 1);
    expect(await store.readStream('case-1')).toHaveLength(1);
  });

  it('subscribes again from the last event seen when the server drops it: nothing skipped, nothing repeated', async () => {
    const store = fixture.connect({ resubscribe: { firstDelayMilliseconds: 20, maxDelayMilliseconds: 50 } });
    await append(store, 'case-1', 1);
    const iterator = store.subscribeToAll()[Symbol.asyncIterator]();
    expect(await take(iterator, 2)).toEqual(['case-1@0', 'caughtUp']);
    await append(store, 'case-2', 2);
    expect(await take(iterator, 1)).toEqual(['case-2@0']);
    const calls = fixture.server().calls;
    await eventually(() => calls.openCount('subscription') === 1);
    expect(calls.dropSubscriptions()).toBe(1);
    await append(store, 'case-3', 3);
    fixture.server().log.writeSystemEvent('$stats-127.0.0.1:2113', '$statsCollected', {});
    await append(store, 'case-1', 4);
    expect(await take(iterator, 2)).toEqual(['case-3@0', 'case-1@1']);
    const next = iterator.next();
    await eventually(() => calls.openCount('subscription') === 1);
    await append(store, 'case-4', 5);
    const live = await next;
    expect(live.done !== true && label(live.value)).toBe('case-4@0');
    expect(calls.history.filter((call) => call.kind === 'subscription').map((call) => call.ending)).toEqual(['ended by the server', undefined]);
  });

  it('gives up with StoreUnavailableError, saying what to do, when the server stays away', async () => {
    const store = fixture.connect({ resubscribe: { maxAttempts: 2, firstDelayMilliseconds: 10, maxDelayMilliseconds: 20 } });
    await append(store, 'case-1', 1);
    const iterator = store.subscribeToAll()[Symbol.asyncIterator]();
    expect(await take(iterator, 2)).toEqual(['case-1@0', 'caughtUp']);
    const pending = iterator.next();
    await eventually(() => fixture.server().calls.openCount('subscription') === 1);
    await fixture.server().stop();
    await expect(pending).rejects.toThrow(StoreUnavailableError);
    await expect(pending).rejects.toThrow(/2 attempts in a row to restore it failed .*Check that the server is running and reachable/);
  });

  it("sends the server's own caught-up signal to the client after its confirmation, as servers from 23.10 do", async () => {
    const client = EventStoreDBClient.connectionString(fixture.server().connectionString);
    try {
      const signals: string[] = [];
      const subscription = client.subscribeToAll({ fromPosition: START });
      const caughtUp = new Promise<void>((resolve) => {
        subscription.on('confirmation', () => signals.push('confirmation'));
        subscription.on('caughtUp', () => {
          signals.push('caughtUp');
          resolve();
        });
      });
      subscription.on('data', (resolved: { event?: { streamId: string } }) => signals.push(resolved.event?.streamId ?? 'other'));
      await caughtUp;
      expect(signals).toEqual(['confirmation', '$settings', 'caughtUp']);
      await subscription.unsubscribe();
    } finally {
      await client.dispose();
    }
  });
});
