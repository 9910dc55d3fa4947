import { PulledSubscription, subscriptionEnded, StoreUnavailableError, type RecordedEvent, type SubscriptionMessage } from '@send-hub/event-store';
import { isConnectionFailure } from '../connection/postgres-failure';
import type { ReadBound, ScannedPage } from '../events/read-queries';

/** What a subscription needs from its store. */
export interface SubscriptionSource {
  /** Where the store ends now: the subscription is caught up once it has delivered everything up to here. */
  readonly bound: () => Promise<ReadBound | undefined>;
  /** The next safe page strictly after `after`, and whether `bound` has settled. */
  readonly scan: (after: bigint, bound: ReadBound | undefined) => Promise<ScannedPage>;
  /** Calls `wake` when an append commits; returns the function that stops listening. */
  readonly listen: (wake: () => void) => () => void;
  readonly pollIntervalMs: number;
  readonly reconnectTimeoutMs: number;
  /** Turns a failure of the server into a `StoreUnavailableError` naming it. */
  readonly failure: (error: unknown) => unknown;
}

/**
 * One cursor (the last position delivered) drives both phases: catching up and going
 * live are the same query, run again whenever a notification arrives or the poll timer
 * fires. It only ever reads rows no running transaction can put a smaller position in
 * front of, so nothing appears behind the cursor. `caughtUp` comes once every event
 * stored when the subscription started has been delivered. While the server is away
 * (a restart) it keeps trying from its cursor, so nothing is lost or delivered twice,
 * and fails with `StoreUnavailableError` only after `reconnectTimeoutMs`.
 */
export class CatchUpSubscription extends PulledSubscription {
  private cursor: bigint;
  private page: ReadonlyArray<RecordedEvent> = [];
  private index = 0;
  private start: { bound: ReadBound | undefined } | undefined;
  private caughtUp = false;
  private failingSince: number | undefined;

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
        this.cursor = event.position;
        return { done: false, value: { kind: 'event', event } };
      }
      const scanned = await this.attempt(async () => {
        this.start ??= { bound: await this.source.bound() };
        return this.source.scan(this.cursor, this.start.bound);
      });
      if (this.ended) break;
      if (scanned !== undefined) {
        this.page = scanned.events;
        this.index = 0;
        if (scanned.events.length > 0) continue;
        if (!this.caughtUp && scanned.settled) {
          this.caughtUp = true;
          return { done: false, value: { kind: 'caughtUp' } };
        }
      }
      // Until an append is notified or the poll interval passes.
      await this.waitForWake(this.caughtUp ? this.source.pollIntervalMs : Math.min(this.source.pollIntervalMs, 5), this.source.listen);
    }
    return subscriptionEnded;
  }

  /** Runs one look at the server; undefined when the server is away and the subscription should try again later. */
  private async attempt<Result>(look: () => Promise<Result>): Promise<Result | undefined> {
    try {
      const result = await look();
      this.failingSince = undefined;
      return result;
    } catch (error) {
      if (!isConnectionFailure(error)) throw this.source.failure(error);
      this.failingSince ??= Date.now();
      if (Date.now() - this.failingSince < this.source.reconnectTimeoutMs) return undefined;
      const failure = this.source.failure(error);
      throw failure instanceof StoreUnavailableError
        ? new StoreUnavailableError(`${failure.message} The subscription waited ${this.source.reconnectTimeoutMs} ms for the server to come back.`, error)
        : failure;
    }
  }
}
