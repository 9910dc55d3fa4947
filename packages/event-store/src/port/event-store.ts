import type { Either } from 'fp-ts/Either';
import type { ConcurrencyConflict } from './errors';
import type { ExpectedRevision } from './expected-revision';
import type { NewEvent, RecordedEvent } from './recorded-event';

export interface AppendResult {
  /** Revision of the last event written (the stream's new revision). */
  readonly nextExpectedRevision: bigint;
  /** Global position of the last event written. */
  readonly position: bigint;
}

export interface ReadStreamOptions {
  /** First revision to return (inclusive); default 0n. */
  readonly fromRevision?: bigint;
  /** At most this many events; default all. */
  readonly maxCount?: number;
}

export interface ReadAllOptions {
  /** Return only events strictly after this global position; default: from the start. */
  readonly after?: bigint;
  /** At most this many events; default all. */
  readonly maxCount?: number;
  /** Only streams whose id starts with this prefix. */
  readonly streamPrefix?: string;
  /**
   * `skip` tells the store that the reader never looks at events' metadata (a read model
   * folds only the data). A store may then leave it unread, giving each event
   * `metadataNotRead`, and a row whose metadata is damaged is not reported as corrupt.
   * Default `read`. Auditors, exports and timelines read it.
   */
  readonly metadata?: MetadataChoice;
}

/** Whether a whole-history read gives each event's metadata (`read`) or may leave it out (`skip`). */
export type MetadataChoice = 'read' | 'skip';

export interface SubscribeOptions {
  /** Deliver only events strictly after this global position (a checkpoint); default: from the start. */
  readonly after?: bigint;
  readonly streamPrefix?: string;
}

export type SubscriptionMessage =
  | { readonly kind: 'event'; readonly event: RecordedEvent }
  /** Sent once, when every event stored at subscription time has been delivered; live events follow. */
  | { readonly kind: 'caughtUp' };

/** A catch-up subscription: first every stored event after the start, then live ones, each exactly once, in global order. */
export interface Subscription extends AsyncIterable<SubscriptionMessage> {
  /** Ends the iteration; pending `next()` calls resolve as done. Safe to call twice. */
  unsubscribe(): Promise<void>;
}

/**
 * The one port every store implements; held to `eventStoreContract` in `@send-hub/testing`.
 * Appends of several events are atomic: all land, in order, with consecutive revisions, or none do.
 */
export interface EventStore {
  append(
    streamId: string,
    events: ReadonlyArray<NewEvent>,
    expected: ExpectedRevision,
  ): Promise<Either<ConcurrencyConflict, AppendResult>>;
  /** The events of one stream in revision order; empty when the stream does not exist. */
  readStream(streamId: string, options?: ReadStreamOptions): Promise<ReadonlyArray<RecordedEvent>>;
  /** Every event in global order; streamed, so a million events never sit in memory at once. */
  readAll(options?: ReadAllOptions): AsyncIterable<RecordedEvent>;
  /**
   * The same events as `readAll`, a page at a time, for readers of whole histories
   * (rebuilds, verification): one wait per page instead of one per event. Optional;
   * read through `readAllInPages`, which falls back to `readAll` where a store has none.
   */
  readAllPages?(options?: ReadAllOptions): AsyncIterable<ReadonlyArray<RecordedEvent>>;
  subscribeToAll(options?: SubscribeOptions): Subscription;
  /** Global position of the newest event; undefined for an empty store. */
  headPosition(): Promise<bigint | undefined>;
  /** Releases files, connections and timers so that processes and test runners can exit. */
  dispose(): Promise<void>;
}
