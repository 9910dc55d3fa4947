import type { ExpectedRevision } from '@send-hub/event-store';

/**
 * Everything the adapter needs from an EventStoreDB client, in the adapter's own
 * words. Only `eventstoredb-client-gateway.ts` implements it with
 * `@eventstore/db-client`; moving to `@kurrent/kurrentdb-client` means writing one
 * more implementation of this interface and nothing else (see the README).
 */

/** Where an event sits in the server's transaction log, as the server reports it. */
export interface LogPosition {
  readonly commit: bigint;
  readonly prepare: bigint;
}

/** Where a read of `$all` starts: inclusive of an event's own position. */
export type AllReadStart = 'start' | 'end' | LogPosition;

/** Where a subscription to `$all` starts: exclusive of the position given. */
export type SubscriptionStart = 'start' | LogPosition;

/** An event to write, already checked and shaped by the mapping layer. */
export interface RecordToWrite {
  readonly id: string;
  readonly type: string;
  /** Plain JSON; the client serialises it. */
  readonly data: unknown;
  readonly metadata: Readonly<Record<string, unknown>>;
}

/** An event as the client returns it, before the mapping layer checks it. */
export interface StoredRecord {
  readonly streamId: string;
  readonly id: string;
  readonly type: string;
  readonly revision: bigint;
  /** Missing when the server does not report positions for this kind of read. */
  readonly position: LogPosition | undefined;
  /** Whether the event was written with the JSON content type. */
  readonly isJson: boolean;
  /**
   * The parsed JSON data. The client hands back the raw text instead when the
   * stored bytes are not valid JSON, and bytes for a binary event.
   */
  readonly data: unknown;
  /** Parsed JSON metadata; bytes when it is not JSON; undefined when empty. */
  readonly metadata: unknown;
}

export type AppendOutcome =
  | { readonly kind: 'appended'; readonly nextExpectedRevision: bigint; readonly position: LogPosition | undefined }
  /** `actualRevision` is undefined when the stream does not exist. */
  | { readonly kind: 'wrong-expected-revision'; readonly actualRevision: bigint | undefined };

/** A live subscription to `$all`; iteration throws when it drops. */
export interface LiveRecords extends AsyncIterable<StoredRecord> {
  /** Settles once the server has accepted the subscription; stays pending if it never does. */
  readonly confirmed: Promise<void>;
  /** Cancels the subscription; a pending iteration step then ends or throws. */
  stop(): Promise<void>;
}

export type ReadDirection = 'forwards' | 'backwards';

/**
 * Failures other than a wrong expected revision are thrown as
 * `StoreUnavailableError`, with a message that says what to do.
 */
export interface EventStoreDbGateway {
  append(streamId: string, records: ReadonlyArray<RecordToWrite>, expected: ExpectedRevision): Promise<AppendOutcome>;
  /** From `from` (inclusive) in `direction`; empty when the stream does not exist or was deleted. */
  readStream(streamId: string, from: bigint | 'end', maxCount: number, direction: ReadDirection): AsyncIterable<StoredRecord>;
  /** Every record of `$all`, system events included, from `start` (inclusive). */
  readAll(start: AllReadStart, maxCount: number, direction: ReadDirection): AsyncIterable<StoredRecord>;
  /**
   * Records of `$all` after `start`. With a prefix, only streams whose id starts
   * with it; without, only streams that are not system streams (no leading `$`).
   */
  subscribeToAll(start: SubscriptionStart, streamPrefix: string | undefined): LiveRecords;
  dispose(): Promise<void>;
}
