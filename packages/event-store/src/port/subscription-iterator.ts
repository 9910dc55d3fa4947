import type { SubscriptionMessage } from './event-store';

/** What `next()` gives once a subscription has ended. */
export const subscriptionEnded: IteratorReturnResult<undefined> = { done: true, value: undefined };

/** What a subscription gives `for await`: its own `next()`, and an early `return` (a `break`) that unsubscribes it. */
export const subscriptionIterator = (subscription: {
  next(): Promise<IteratorResult<SubscriptionMessage, undefined>>;
  unsubscribe(): Promise<void>;
}): AsyncIterator<SubscriptionMessage, undefined> => ({
  next: () => subscription.next(),
  return: async () => {
    await subscription.unsubscribe();
    return subscriptionEnded;
  },
});
