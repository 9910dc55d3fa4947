import { StoreUnavailableError, type SubscriptionMessage } from '@send-hub/event-store';
import type { EventStoreDbGateway, LiveRecords, LogPosition, StoredRecord, SubscriptionStart } from '../client/gateway';
import { describeRecord, isAfter, scanAll, toDeliverable } from '../store/scan-all';
import type { StoreSettings } from '../store-options';
import { delayBeforeAttempt } from './resubscribe-policy';
import { sleepUnlessStopped, type StopSignal } from './stop-signal';

export interface CatchUpSettings extends StoreSettings {
  readonly gateway: EventStoreDbGateway;
}

/** A failure of the connection, worth another attempt; anything else ends the subscription. */
class Dropped extends Error {
  constructor(readonly reason: unknown) {
    super(reason instanceof Error ? reason.message : String(reason));
  }
}

async function* droppable<T>(iterable: AsyncIterable<T>): AsyncGenerator<T> {
  try {
    yield* iterable;
  } catch (error) {
    throw new Dropped(error);
  }
}

/** The gateway with every read and subscription failure marked as a drop. */
const droppingGateway = (gateway: EventStoreDbGateway): EventStoreDbGateway => ({
  ...gateway,
  readAll: (start, maxCount, direction) => droppable(gateway.readAll(start, maxCount, direction)),
});

const positionOfLive = (record: StoredRecord): LogPosition => {
  if (record.position === undefined) throw new TypeError(`EventStoreDB sent ${describeRecord(record)} on $all without its position.`);
  return record.position;
};

/**
 * A catch-up subscription on `$all`, in two phases that share one cursor (the log
 * position of the last record seen, shown or not):
 * 1. read `$all` page by page up to its head, then send `caughtUp` the first time;
 *    reading first, rather than waiting for the server's own caught-up signal, works
 *    with every server version and puts `caughtUp` exactly between stored and live events;
 * 2. subscribe from the cursor for live events (subscriptions start after the position given).
 * When either phase drops, both start again from the cursor after a growing wait, so
 * nothing is skipped; records at or before the cursor are dropped, so nothing repeats.
 * Attempts are counted while none moves forward or gets a subscription accepted,
 * so that a quiet subscription with a rare drop is restored every time.
 */
export async function* catchUpSubscription(
  settings: CatchUpSettings,
  start: SubscriptionStart,
  streamPrefix: string | undefined,
  stop: StopSignal,
): AsyncGenerator<SubscriptionMessage, void, undefined> {
  const gateway = droppingGateway(settings.gateway);
  let cursor: SubscriptionStart = start;
  let caughtUp = false;
  let failures = 0;
  while (!stop.stopped) {
    try {
      for await (const { record, at } of scanAll(gateway, settings.pageSize, cursor)) {
        if (stop.stopped) return;
        cursor = at;
        failures = 0;
        const event = toDeliverable(record, settings.namespace, streamPrefix);
        if (event !== undefined) yield { kind: 'event', event };
      }
      if (stop.stopped) return;
      if (!caughtUp) {
        caughtUp = true;
        yield { kind: 'caughtUp' };
      }
      const live: LiveRecords = settings.gateway.subscribeToAll(cursor, settings.namespace.prefixFor(streamPrefix));
      const stopLive = stop.onStop(() => void live.stop());
      void live.confirmed.then(() => {
        failures = 0;
      });
      try {
        for await (const record of droppable(live)) {
          const at = positionOfLive(record);
          if (!isAfter(at, cursor)) continue;
          cursor = at;
          const event = toDeliverable(record, settings.namespace, streamPrefix);
          if (event !== undefined) yield { kind: 'event', event };
        }
      } finally {
        stopLive();
        await live.stop();
      }
      if (!stop.stopped) throw new Dropped(new Error('the server ended the subscription'));
    } catch (error) {
      if (stop.stopped) return;
      if (!(error instanceof Dropped)) throw error;
      failures += 1;
      if (failures > settings.policy.maxAttempts) {
        throw new StoreUnavailableError(
          `The subscription to EventStoreDB dropped and ${settings.policy.maxAttempts} attempts in a row to restore it failed ` +
            `(last: ${error.message}). Check that the server is running and reachable, then subscribe again from your last position.`,
          error.reason,
        );
      }
      await sleepUnlessStopped(delayBeforeAttempt(settings.policy, failures), stop);
    }
  }
}
