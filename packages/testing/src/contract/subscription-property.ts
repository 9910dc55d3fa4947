import type { EventStore, Subscription, SubscriptionMessage } from '@send-hub/event-store';
import fc from 'fast-check';
import { appended, idsOf, newEvents, strictlyIncreasing, uniquePrefix } from './contract-events';
import type { ContractContext } from './contract-store';
import { jestGlobals } from './jest-globals';

type Step =
  | { readonly kind: 'append'; readonly stream: string; readonly count: number }
  /** After the start of the run (0) or after the end of an earlier append (k, taken modulo the appends so far). */
  | { readonly kind: 'subscribe'; readonly from: number }
  /** Takes messages that are bound to come, at most `count`. */
  | { readonly kind: 'pull'; readonly subscriber: number; readonly count: number }
  /** Calls `next()` without waiting, so appends happen while it is pending. */
  | { readonly kind: 'request'; readonly subscriber: number }
  | { readonly kind: 'unsubscribe'; readonly subscriber: number };

const stepArbitrary: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('append' as const), stream: fc.constantFrom('a', 'b', 'c'), count: fc.integer({ min: 1, max: 3 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('subscribe' as const), from: fc.nat(20) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('pull' as const), subscriber: fc.nat(9), count: fc.integer({ min: 1, max: 6 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('request' as const), subscriber: fc.nat(9) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('unsubscribe' as const), subscriber: fc.nat(9) }) },
);

interface Subscriber {
  readonly subscription: Subscription;
  readonly iterator: AsyncIterator<SubscriptionMessage>;
  /** Index, in the run's appended events, of the first event this subscriber must receive. */
  readonly startIndex: number;
  /** How many of the run's events were stored when it subscribed: all of them must come before `caughtUp`. */
  readonly storedAtStart: number;
  readonly received: SubscriptionMessage[];
  inFlight: Promise<IteratorResult<SubscriptionMessage>> | undefined;
  ended: boolean;
}

/** One generated run: its own streams, appends and subscribers, and what each subscriber must have seen. */
class SubscriptionRun {
  private readonly written: string[] = [];
  private readonly appends: Array<{ readonly position: bigint; readonly count: number }> = [];
  private readonly subscribers: Subscriber[] = [];

  constructor(
    private readonly store: EventStore,
    private readonly prefix: string,
    private readonly start: bigint | undefined,
  ) {}

  async apply(step: Step): Promise<void> {
    if (step.kind === 'append') return this.append(step.stream, step.count);
    if (step.kind === 'subscribe') return this.subscribe(step.from);
    const subscriber = this.subscribers[step.subscriber % Math.max(this.subscribers.length, 1)];
    if (subscriber === undefined || subscriber.ended) return;
    if (step.kind === 'pull') {
      for (let count = Math.min(step.count, this.bound(subscriber)); count > 0; count -= 1) await this.receive(subscriber);
    } else if (step.kind === 'request') {
      subscriber.inFlight ??= subscriber.iterator.next();
    } else {
      await this.end(subscriber);
    }
  }

  /** Takes every message still bound to come, ends every subscriber, and checks what each received. */
  async finish(): Promise<void> {
    const endedEarly = this.subscribers.filter((subscriber) => subscriber.ended);
    for (const subscriber of this.subscribers.filter((candidate) => !candidate.ended)) {
      while (this.bound(subscriber) > 0) await this.receive(subscriber);
      // Left pending across the unsubscribe, which must end it.
      subscriber.inFlight ??= subscriber.iterator.next();
      await this.end(subscriber);
      this.check(subscriber, true);
    }
    for (const subscriber of endedEarly) this.check(subscriber, false);
  }

  private async append(stream: string, count: number): Promise<void> {
    const events = newEvents(count, stream);
    const result = appended(await this.store.append(`${this.prefix}${stream}`, events, 'any'));
    this.written.push(...idsOf(events));
    this.appends.push({ position: result.position, count: this.written.length });
  }

  private async subscribe(from: number): Promise<void> {
    const choice = from % (this.appends.length + 1);
    const after = choice === 0 ? undefined : this.appends[choice - 1];
    const subscription = this.store.subscribeToAll({ after: after?.position ?? this.start, streamPrefix: this.prefix });
    this.subscribers.push({
      subscription,
      iterator: subscription[Symbol.asyncIterator](),
      startIndex: after?.count ?? 0,
      storedAtStart: this.written.length,
      received: [],
      inFlight: undefined,
      ended: false,
    });
  }

  /** How many more messages the subscriber is sure to get: the events after its start, and `caughtUp`. */
  private bound(subscriber: Subscriber): number {
    return this.written.length - subscriber.startIndex + 1 - subscriber.received.length;
  }

  private async receive(subscriber: Subscriber): Promise<void> {
    const { expect } = jestGlobals();
    const result = await (subscriber.inFlight ?? subscriber.iterator.next());
    subscriber.inFlight = undefined;
    expect(result.done).not.toBe(true);
    if (result.done !== true) subscriber.received.push(result.value);
  }

  /** Unsubscribes; a pending `next()` may still bring a message that was already there, then the iteration is done. */
  private async end(subscriber: Subscriber): Promise<void> {
    const { expect } = jestGlobals();
    await subscriber.subscription.unsubscribe();
    subscriber.ended = true;
    const pending = await subscriber.inFlight;
    subscriber.inFlight = undefined;
    if (pending !== undefined && pending.done !== true) subscriber.received.push(pending.value);
    expect((await subscriber.iterator.next()).done).toBe(true);
  }

  private check(subscriber: Subscriber, complete: boolean): void {
    const { expect } = jestGlobals();
    const { received, startIndex, storedAtStart } = subscriber;
    const events = received.flatMap((message) => (message.kind === 'event' ? [message.event] : []));
    const expected = this.written.slice(startIndex);
    expect(idsOf(events)).toEqual(complete ? expected : expected.slice(0, events.length));
    expect(strictlyIncreasing(events.map((event) => event.position))).toBe(true);
    const caughtUpAt = received.findIndex((message) => message.kind === 'caughtUp');
    const caughtUps = received.filter((message) => message.kind === 'caughtUp').length;
    if (complete) expect(caughtUps).toBe(1);
    else expect(caughtUps).toBeLessThanOrEqual(1);
    if (caughtUpAt >= 0) expect(caughtUpAt).toBeGreaterThanOrEqual(storedAtStart - startIndex);
  }
}

/**
 * Random interleavings of appends, subscribes, reads, pending reads and
 * unsubscribes: every subscriber receives exactly the run's events after its
 * start, in order, with no gap or repeat, and `caughtUp` once, after every event
 * that was stored when it subscribed. Few runs, so that it also suits a real server.
 */
export const describeSubscriptionProperty = ({ store }: ContractContext): void => {
  const { it } = jestGlobals();
  it('catches up then goes live with no gap or repeat, whatever the interleaving of appends and subscribers', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(stepArbitrary, { minLength: 1, maxLength: 30 }), async (steps) => {
        const run = new SubscriptionRun(store(), uniquePrefix('interleaving'), await store().headPosition());
        for (const step of steps) await run.apply(step);
        await run.finish();
      }),
      { numRuns: 15 },
    );
  });
};
