import type { Subscription, SubscriptionMessage } from './event-store';
import { subscriptionIterator } from './subscription-iterator';

type Delivery = IteratorResult<SubscriptionMessage, undefined>;

/**
 * A subscription that answers each `next()` by looking at its store (`pull`), one look at
 * a time in the order the calls were made, so two `next()` calls made without waiting
 * never share a message or pass each other. Between looks it waits until woken or a timer
 * fires (`waitForWake`); `unsubscribe` wakes it at once, and every later `next()` is done.
 * The durable stores' catch-up subscriptions are built on it, each saying how it looks.
 */
export abstract class PulledSubscription implements Subscription {
  protected ended = false;
  private stopWaiting: (() => void) | undefined;
  /** Serialises `next()` calls made without waiting for the previous one. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly onEnd: (subscription: PulledSubscription) => void) {}

  [Symbol.asyncIterator](): AsyncIterator<SubscriptionMessage, undefined> {
    return subscriptionIterator(this);
  }

  next(): Promise<Delivery> {
    const result = this.queue.then(() => this.pull());
    this.queue = result.catch(() => undefined);
    return result;
  }

  async unsubscribe(): Promise<void> {
    if (this.ended) return;
    this.ended = true;
    this.stopWaiting?.();
    this.onEnd(this);
  }

  /** The next message, looking at the store as often as it must; `subscriptionEnded` once ended. */
  protected abstract pull(): Promise<Delivery>;

  /** Until `listen` calls its wake, `milliseconds` pass, or the subscription ends. The timer is unref'd: a subscription alone keeps no process from exiting. */
  protected waitForWake(milliseconds: number, listen: (wake: () => void) => () => void): Promise<void> {
    return new Promise((resolve) => {
      const wake = (): void => {
        clearTimeout(timer);
        stopListening();
        this.stopWaiting = undefined;
        resolve();
      };
      const timer = setTimeout(wake, milliseconds).unref();
      const stopListening = listen(wake);
      this.stopWaiting = wake;
    });
  }
}
