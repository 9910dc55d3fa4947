import type { RecordedEvent, Subscription, SubscriptionMessage } from '@send-hub/event-store';
import type { ScannedPage } from '../events/read-pages';
import type { AppendSignal } from './append-signal';

/** What a subscription needs from its store. */
export interface SubscriptionSource {
  /** The next page of events strictly after `after`. */
  readonly scan: (after: bigint) => ScannedPage;
  readonly appended: AppendSignal;
  readonly pollIntervalMs: number;
}

const done: IteratorReturnResult<undefined> = { done: true, value: undefined };

/**
 * One cursor (the last position looked at) drives both phases: catching up and
 * going live are the same query, `position > cursor`, run again whenever this
 * store appends or the poll timer fires. Positions are handed out in commit
 * order under the write lock, so nothing can appear behind the cursor: no event
 * is missed or delivered twice, whichever process wrote it.
 */
export class CatchUpSubscription implements Subscription {
  private cursor: bigint;
  private page: ReadonlyArray<RecordedEvent> = [];
  private index = 0;
  private caughtUp = false;
  private ended = false;
  private stopWaiting: (() => void) | undefined;
  /** Serialises `next()` calls made without waiting for the previous one. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly source: SubscriptionSource,
    after: bigint,
    private readonly onEnd: (subscription: CatchUpSubscription) => void,
  ) {
    this.cursor = after;
  }

  [Symbol.asyncIterator](): AsyncIterator<SubscriptionMessage> {
    return {
      next: () => this.next(),
      return: async () => {
        await this.unsubscribe();
        return done;
      },
    };
  }

  next(): Promise<IteratorResult<SubscriptionMessage, undefined>> {
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

  private async pull(): Promise<IteratorResult<SubscriptionMessage, undefined>> {
    while (!this.ended) {
      const event = this.page[this.index];
      if (event !== undefined) {
        this.index += 1;
        return { done: false, value: { kind: 'event', event } };
      }
      const scanned = this.source.scan(this.cursor);
      this.cursor = scanned.scannedThrough;
      this.page = scanned.events;
      this.index = 0;
      if (scanned.events.length > 0) continue;
      if (!this.caughtUp) {
        this.caughtUp = true;
        return { done: false, value: { kind: 'caughtUp' } };
      }
      await this.waitForAppend();
    }
    return done;
  }

  /** Until this store appends or the poll interval passes (for other processes' appends). */
  private waitForAppend(): Promise<void> {
    return new Promise((resolve) => {
      const wake = (): void => {
        clearTimeout(timer);
        stopListening();
        this.stopWaiting = undefined;
        resolve();
      };
      // Unref'd: a subscription alone must not keep a process from exiting.
      const timer = setTimeout(wake, this.source.pollIntervalMs).unref();
      const stopListening = this.source.appended.listen(wake);
      this.stopWaiting = wake;
    });
  }
}
