import type { RecordedEvent } from '@send-hub/event-store';
import type { PositionProblem } from './verification-problems';

const missing = (event: RecordedEvent, expected: bigint): PositionProblem => {
  const last = event.position - 1n;
  const which = last === expected ? `position ${expected.toString()} is` : `positions ${expected.toString()} to ${last.toString()} are`;
  return {
    _tag: 'PositionProblem',
    code: 'positions-missing',
    streamId: event.streamId,
    revision: event.revision,
    position: event.position,
    message: `Before the event at revision ${event.revision.toString()} of "${event.streamId}" (position ${event.position.toString()}), ${which} missing: events were deleted from the store.`,
  };
};

/**
 * For a store that numbers its events with no gaps (SQLite and the in-memory store
 * count 1, 2, 3...), a gap in the global positions means events were deleted. A store
 * whose positions have gaps by design (EventStoreDB's are commit offsets) is not checked.
 */
export class PositionGapCheck {
  private expected: bigint | undefined;

  /** `firstPosition`: where the store's numbering starts; undefined for a store whose positions may have gaps. */
  constructor(firstPosition: bigint | undefined) {
    this.expected = firstPosition;
  }

  check(event: RecordedEvent): ReadonlyArray<PositionProblem> {
    if (this.expected === undefined) return [];
    const problems = event.position > this.expected ? [missing(event, this.expected)] : [];
    this.expected = event.position + 1n;
    return problems;
  }
}
