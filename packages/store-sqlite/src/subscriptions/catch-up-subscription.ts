import { PulledSubscription, subscriptionEnded, type RecordedEvent, type SubscriptionMessage } from '@send-hub/event-store';
import type { ScannedPage } from '../events/read-pages';
import type { AppendSignal } from './append-signal';

/** What a subscription needs from its store. */
export interface SubscriptionSource {
  /** The next page of events strictly after `after`. */
  readonly scan: (after: bigint) => ScannedPage;
  readonly appended: AppendSignal;
  readonly pollIntervalMs: number;
}

/**
 * One cursor (the last position looked at) drives both phases: catching up and
 * going live are the same query, `position > cursor`, run again whenever this
 * store appends or the poll timer fires. Positions are handed out in commit
 * order under the write lock, so nothing can appear behind the cursor: no event
 * is missed or delivered twice, whichever process wrote it.
 */
export class CatchUpSubscription extends PulledSubscription {
  private cursor: bigint;
  private page: ReadonlyArray<RecordedEvent> = [];
  private index = 0;
  private caughtUp = false;

  constructor(
    private readonly source: SubscriptionSource,
    after: bigint,
    onEnd: (subscription: PulledSubscription) => void,
  ) {
    super(onEnd);
    this.cursor = after;
  }

  protected async pull(): Promise<IteratorResult<SubscriptionMessage, undefined>> {
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
      // Until this store appends or the poll interval passes (for other processes' appends).
      await this.waitForWake(this.source.pollIntervalMs, (wake) => this.source.appended.listen(wake));
    }
    return subscriptionEnded;
  }
}
