import type { Subscription, SubscriptionMessage } from '@send-hub/event-store';
import { StopSignal } from './stop-signal';

const finished: IteratorResult<SubscriptionMessage> = Object.freeze({ done: true, value: undefined });

/**
 * Turns a message generator into the port's `Subscription`. An async generator
 * cannot be ended while it awaits, so `unsubscribe()` first answers every pending
 * `next()` as done, then tells the generator's parts to stop (through the signal)
 * and waits for it to finish, so nothing is left running.
 */
export const startSubscription = (
  run: (stop: StopSignal) => AsyncGenerator<SubscriptionMessage, void, undefined>,
  onEnd: () => void,
): Subscription => {
  const stop = new StopSignal();
  const generator = run(stop);
  const stopped = new Promise<IteratorResult<SubscriptionMessage>>((resolve) => stop.onStop(() => resolve(finished)));
  let ending: Promise<void> | undefined;

  const unsubscribe = (): Promise<void> => {
    ending ??= (async () => {
      stop.stop();
      try {
        await generator.return(undefined);
      } catch {
        // The subscription is over either way; its last failure was already reported to the reader, if any.
      }
      onEnd();
    })();
    return ending;
  };

  const iterator: AsyncIterator<SubscriptionMessage> = {
    next: () => (stop.stopped ? Promise.resolve(finished) : Promise.race([generator.next(), stopped])),
    return: async () => {
      await unsubscribe();
      return finished;
    },
  };
  return { [Symbol.asyncIterator]: () => iterator, unsubscribe };
};
