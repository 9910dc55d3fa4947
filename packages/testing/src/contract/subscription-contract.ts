import type { RecordedEvent, Subscription, SubscriptionMessage } from '@send-hub/event-store';
import { appended, idsOf, newEvent, newEvents, strictlyIncreasing, uniquePrefix } from './contract-events';
import type { ContractContext } from './contract-store';
import { describeSubscriptionProperty } from './subscription-property';
import { jestGlobals } from './jest-globals';

/** The next `count` messages; call it only for messages that are bound to come, or it waits for ever. */
export const take = async (subscription: Subscription, count: number): Promise<SubscriptionMessage[]> => {
  const iterator = subscription[Symbol.asyncIterator]();
  const messages: SubscriptionMessage[] = [];
  while (messages.length < count) {
    const next = await iterator.next();
    if (next.done === true) break;
    messages.push(next.value);
  }
  return messages;
};

const eventsIn = (messages: ReadonlyArray<SubscriptionMessage>): RecordedEvent[] =>
  messages.flatMap((message) => (message.kind === 'event' ? [message.event] : []));

/** Catch-up subscriptions: stored events, then `caughtUp` once, then live events; each exactly once, in global order. */
export const describeSubscriptions = (context: ContractContext): void => {
  const { describe, expect, it } = jestGlobals();
  const { store } = context;

  describe('subscriptions', () => {
    it('delivers the stored events, then caughtUp once, then live ones, in global order', async () => {
      const prefix = uniquePrefix('subscribe');
      const after = await store().headPosition();
      const stored = newEvents(3, 'stored');
      const live = newEvents(2, 'live');
      appended(await store().append(`${prefix}a`, stored.slice(0, 2), 'no_stream'));
      appended(await store().append(`${prefix}b`, stored.slice(2), 'no_stream'));
      const subscription = store().subscribeToAll({ after, streamPrefix: prefix });
      const caughtUp = await take(subscription, 4);
      expect(caughtUp.map((message) => message.kind)).toEqual(['event', 'event', 'event', 'caughtUp']);
      appended(await store().append(`${prefix}a`, live.slice(0, 1), 1n));
      appended(await store().append(`${prefix}c`, live.slice(1), 'no_stream'));
      const messages = [...caughtUp, ...(await take(subscription, 2))];
      await subscription.unsubscribe();
      expect(idsOf(eventsIn(messages))).toEqual(idsOf([...stored, ...live]));
      expect(strictlyIncreasing(eventsIn(messages).map((event) => event.position))).toBe(true);
    });

    it('starts strictly after a checkpoint position', async () => {
      const prefix = uniquePrefix('checkpoint');
      const events = newEvents(4, 'checkpoint');
      const first = appended(await store().append(`${prefix}a`, events.slice(0, 2), 'no_stream'));
      appended(await store().append(`${prefix}a`, events.slice(2), 1n));
      const subscription = store().subscribeToAll({ after: first.position, streamPrefix: prefix });
      const messages = await take(subscription, 3);
      await subscription.unsubscribe();
      expect(messages.map((message) => (message.kind === 'event' ? message.event.eventId : message.kind))).toEqual([
        events[2]?.eventId,
        events[3]?.eventId,
        'caughtUp',
      ]);
    });

    it('wakes a waiting subscriber when an event is appended, and ends its pending iteration on unsubscribe', async () => {
      const prefix = uniquePrefix('pending');
      const subscription = store().subscribeToAll({ after: await store().headPosition(), streamPrefix: prefix });
      const iterator = subscription[Symbol.asyncIterator]();
      expect((await iterator.next()).value).toEqual({ kind: 'caughtUp' });
      const waiting = iterator.next();
      const event = newEvent({ label: 'wake' });
      appended(await store().append(`${prefix}a`, [event], 'no_stream'));
      const woken = await waiting;
      expect(woken.done !== true && woken.value.kind === 'event' ? woken.value.event.eventId : woken).toBe(event.eventId);
      const pending = iterator.next();
      await subscription.unsubscribe();
      expect(await pending).toEqual({ done: true, value: undefined });
      expect((await iterator.next()).done).toBe(true);
      await subscription.unsubscribe();
    });

    describeSubscriptionProperty(context);
  });
};
