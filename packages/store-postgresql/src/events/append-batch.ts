import type { PoolClient } from 'pg';
import { left, right, type Either } from 'fp-ts/Either';
import { concurrencyConflict, InvalidEventError, type AppendResult, type ConcurrencyConflict, type EncodedEvent, type ExpectedRevision } from '@send-hub/event-store';
import { quoted } from '../connection/schema-name';
import { statementName } from '../connection/statement-name';

export type AppendOutcome = Either<ConcurrencyConflict, AppendResult>;

/** One append waiting for its transaction. */
export interface PendingAppend {
  readonly streamId: string;
  readonly events: ReadonlyArray<EncodedEvent>;
  readonly expected: ExpectedRevision;
}

/** Each append's outcome, or the error that refused it alone (an empty append to a missing stream). */
export type BatchOutcome = AppendOutcome | InvalidEventError;

type OutcomeRow = [outcome: 'appended' | 'conflict' | 'missing', revision: string | null, position: string | null];

const outcomeOf = (append: PendingAppend, [outcome, revision, position]: OutcomeRow): BatchOutcome => {
  if (outcome === 'conflict') return left(concurrencyConflict(append.streamId, append.expected, revision === null ? undefined : BigInt(revision)));
  if (outcome === 'missing') return new InvalidEventError(`The append to "${append.streamId}" has no events and the stream does not exist, so there is nothing to record.`);
  return right({ nextExpectedRevision: BigInt(revision ?? '0'), position: BigInt(position ?? '0') });
};

/**
 * One batch of appends (one append without group commit) in one round trip: the schema's
 * `append_events` function checks each append's expected revision against its stream as it
 * stands after the appends before it in the batch, takes the positions of every accepted
 * row at once as its transaction's first write, inserts them and notifies subscribers; the
 * statement is its own transaction, so the batch shares one commit. A unique violation
 * means another writer took a revision between the function's read and its insert, and
 * nothing was written: the caller decides again.
 */
export const appendBatch = async (client: PoolClient, schema: string, channel: string, batch: ReadonlyArray<PendingAppend>): Promise<ReadonlyArray<BatchOutcome>> => {
  const rows = batch.flatMap((append, index) => append.events.map((event, offset) => ({ append: index + 1, offset, event })));
  const text = `SELECT append_outcome, head_revision, head_position FROM ${quoted(schema)}.append_events($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`;
  const result = await client.query<OutcomeRow>({
    name: statementName(text),
    text,
    values: [
      batch.map((append) => append.streamId),
      batch.map((append) => (typeof append.expected === 'bigint' ? append.expected.toString() : append.expected)),
      batch.map((append) => append.events.length),
      rows.map((row) => row.append),
      rows.map((row) => row.offset),
      rows.map((row) => row.event.eventId),
      rows.map((row) => row.event.type),
      rows.map((row) => row.event.schemaVersion),
      rows.map((row) => row.event.data),
      rows.map((row) => row.event.metadata),
      channel,
    ],
    rowMode: 'array',
  });
  return batch.map((append, index) => {
    const row = result.rows[index];
    if (row === undefined) throw new Error(`The server's append_events gave ${result.rows.length} outcomes for ${batch.length} appends.`);
    return outcomeOf(append, row);
  });
};
