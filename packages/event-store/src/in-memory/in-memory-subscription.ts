import type { Subscription, SubscriptionMessage } from '../port/event-store';
import type { RecordedEvent } from '../port/recorded-event';
import { subscriptionEnded, subscriptionIterator } from '../port/subscription-iterator';

type Delivery = IteratorResult<SubscriptionMessage, undefined>;

/**
 * A catch-up subscription over the store's global log. One cursor (the index of
 * the next entry to look at) serves both phases: catching up and going live are
 * the same walk along an append-only array, so an event appended while a
 * subscriber is still catching up is simply further along the walk: never
 * skipped, never seen twice. `caughtUp` is sent the first time the walk reaches
 * the end of the log.
 */
export class InMemorySubscription implements Subscription {
  private caughtUp = false;
  private ended = false;
  /** Callers of `next()` not yet answered, oldest first: each gets its own message. */
  private waiting: Array<(delivery: Delivery) => void> = [];

  constructor(
    private readonly log: ReadonlyArray<RecordedEvent>,
    private cursor: number,
    private readonly streamPrefix: string | undefined,
    private readonly onEnd: (subscription: InMemorySubscription) => void,
  ) {}

  [Symbol.asyncIterator](): AsyncIterator<SubscriptionMessage, undefined> {
    return subscriptionIterator(this);
  }

  next(): Promise<Delivery> {
    if (this.ended) return Promise.resolve(subscriptionEnded);
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      this.deliver();
    });
  }

  /** Answers waiting callers while there is something to give them; the store calls it after every append. */
  deliver(): void {
    while (this.waiting.length > 0) {
      const message = this.nextMessage();
      if (message === undefined) return;
      this.waiting.shift()?.({ done: false, value: message });
    }
  }

  async unsubscribe(): Promise<void> {
    if (this.ended) return;
    this.ended = true;
    const waiting = this.waiting;
    this.waiting = [];
    for (const resolve of waiting) resolve(subscriptionEnded);
    this.onEnd(this);
  }

  private nextMessage(): SubscriptionMessage | undefined {
    while (this.cursor < this.log.length) {
      const event = this.log[this.cursor];
      this.cursor += 1;
      if (event !== undefined && (this.streamPrefix === undefined || event.streamId.startsWith(this.streamPrefix))) {
        return { kind: 'event', event };
      }
    }
    if (this.caughtUp) return undefined;
    this.caughtUp = true;
    return { kind: 'caughtUp' };
  }
}
