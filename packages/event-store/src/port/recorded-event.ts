import type { EventMetadata } from './metadata';

/** An event as a writer hands it to a store. `data` must be JSON-serialisable (no bigint). */
export interface NewEvent {
  readonly eventId: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: unknown;
  readonly metadata: EventMetadata;
}

/** An event as a store returns it: the new event plus where it landed. */
export interface RecordedEvent extends NewEvent {
  readonly streamId: string;
  /** Position within its stream, from 0n. */
  readonly revision: bigint;
  /** Position in the store's global order; strictly increasing, not necessarily contiguous. */
  readonly position: bigint;
  /**
   * Set, with `data` undefined, when the stored payload could not be parsed:
   * says what was wrong, so that readers report it against this stream and revision
   * instead of stopping.
   */
  readonly corruption?: string;
}
