import { StoreUnavailableError, type EventStore, type Subscription } from '@send-hub/event-store';
import type { EventStoreDbGateway } from '../client/gateway';
import { logPositionAt } from '../mapping/global-position';
import type { StoreSettings } from '../store-options';
import { catchUpSubscription } from '../subscription/catch-up-subscription';
import { startSubscription } from '../subscription/start-subscription';
import { appendEvents } from './append-events';
import { checkStartingPoint, checkStreamPrefix } from './argument-checks';
import { headPosition, readAll, readStream } from './read-events';

/** The port on top of a gateway; `connectEventStoreDb` gives it the real client, tests a fake. */
export const createEventStoreDbStore = (gateway: EventStoreDbGateway, settings: StoreSettings): EventStore => {
  const open = new Set<Subscription>();
  let disposal: Promise<void> | undefined;

  const usable = (): EventStoreDbGateway => {
    if (disposal !== undefined) throw new StoreUnavailableError('This EventStoreDB store has been disposed; connect again to use it.');
    return gateway;
  };

  return {
    append: async (streamId, events, expected) => appendEvents(usable(), settings.namespace, streamId, events, expected),
    readStream: async (streamId, options) => readStream(usable(), settings.namespace, streamId, options),
    readAll: (options) => readAll(usable(), settings, options),
    headPosition: async () => headPosition(usable(), settings),

    subscribeToAll(options = {}) {
      const live = usable();
      const after = options.after === undefined ? undefined : checkStartingPoint('after', options.after);
      const streamPrefix = checkStreamPrefix(options.streamPrefix);
      const start = after === undefined ? 'start' : logPositionAt(after);
      const subscription = startSubscription(
        (stop) => catchUpSubscription({ ...settings, gateway: live }, start, streamPrefix, stop),
        () => open.delete(subscription),
      );
      open.add(subscription);
      return subscription;
    },

    dispose() {
      disposal ??= (async () => {
        // Stop every subscription first, close the client next (which ends any read they
        // still wait on), then wait for them to finish.
        const endings = [...open].map((subscription) => subscription.unsubscribe());
        await gateway.dispose();
        await Promise.all(endings);
      })();
      return disposal;
    },
  };
};
