import { left, right, type Either } from 'fp-ts/Either';
import {
  concurrencyConflict,
  meetsExpectedRevision,
  type AppendResult,
  type ConcurrencyConflict,
  type ExpectedRevision,
  InvalidEventError,
} from '@send-hub/event-store';
import { sqliteErrorCode } from '../database/sqlite-error-code';
import type { EncodedEvent } from '@send-hub/event-store';
import type { EventStatements } from './event-statements';

export type AppendOutcome = Either<ConcurrencyConflict, AppendResult>;

/**
 * The body of one append transaction: check the expected revision, then insert
 * with consecutive revisions. Run it inside `BEGIN IMMEDIATE`, so that the check
 * and the inserts happen under the write lock and no other writer can slip in between.
 */
export const appendEncoded = (
  statements: Pick<EventStatements, 'streamHead' | 'insert'>,
  streamId: string,
  events: ReadonlyArray<EncodedEvent>,
  expected: ExpectedRevision,
): AppendOutcome => {
  const head = statements.streamHead.get(streamId);
  const current = head?.[0];
  if (!meetsExpectedRevision(expected, current)) return left(concurrencyConflict(streamId, expected, current));
  if (events.length === 0) {
    if (head === undefined) {
      throw new InvalidEventError(`The append to "${streamId}" has no events and the stream does not exist, so there is nothing to record.`);
    }
    return right({ nextExpectedRevision: head[0], position: head[1] });
  }
  let revision = current === undefined ? 0n : current + 1n;
  let position = 0n;
  for (const event of events) {
    const result = statements.insert.run(
      streamId,
      revision,
      event.eventId,
      event.type,
      event.schemaVersion,
      event.data,
      event.metadata,
    );
    position = BigInt(result.lastInsertRowid);
    revision += 1n;
  }
  return right({ nextExpectedRevision: revision - 1n, position });
};

/**
 * True when an insert hit UNIQUE (stream_id, revision): another writer on the same
 * file took the revision first. Under BEGIN IMMEDIATE this cannot happen between
 * well-behaved writers; the constraint is the last line of defence, and losing to
 * it is reported as the conflict it is, not as a crash.
 */
export const isLostRace = (error: unknown): boolean => sqliteErrorCode(error) === 'SQLITE_CONSTRAINT_UNIQUE';
