import type { PoolClient } from 'pg';
import { left, right, type Either } from 'fp-ts/Either';
import {
  concurrencyConflict,
  InvalidEventError,
  meetsExpectedRevision,
  type AppendResult,
  type ConcurrencyConflict,
  type EncodedEvent,
  type ExpectedRevision,
} from '@send-hub/event-store';
import { quoted } from '../connection/schema-name';

export type AppendOutcome = Either<ConcurrencyConflict, AppendResult>;

/** One append waiting for its transaction. */
export interface PendingAppend {
  readonly streamId: string;
  readonly events: ReadonlyArray<EncodedEvent>;
  readonly expected: ExpectedRevision;
}

/** Each append's outcome, or the error that refused it alone (an empty append to a missing stream). */
export type BatchOutcome = AppendOutcome | InvalidEventError;

interface Head {
  revision: bigint;
  /** Undefined while the head is an event of this batch whose position is not yet reserved. */
  position: bigint | undefined;
  /** Index into the batch's rows of this head, when it is written by this batch. */
  row?: number;
}

/** The newest revision and position of each stream, read without locking (and so without a transaction id). */
const readHeads = async (client: PoolClient, schema: string, streamIds: ReadonlyArray<string>): Promise<Map<string, Head>> => {
  const result = await client.query<[string, string, string]>({
    text: `SELECT DISTINCT ON (stream_id) stream_id, revision, position FROM ${quoted(schema)}.events WHERE stream_id = ANY($1) ORDER BY stream_id, revision DESC`,
    values: [streamIds],
    rowMode: 'array',
  });
  return new Map(result.rows.map(([streamId, revision, position]) => [streamId, { revision: BigInt(revision), position: BigInt(position) }]));
};

/**
 * One batch of appends (one append without group commit) in two round trips: the streams'
 * heads are read, then every row is written by one statement, which is its own transaction.
 * Each append's revision is checked against the stream as it stood, after the appends before
 * it in the batch. Reading the heads outside the writing transaction is safe: revisions are
 * contiguous and `UNIQUE (stream_id, revision)`, so a stream that moved on in between makes the
 * insert fail, and the batch is decided again. The statement takes all the batch's positions
 * at once, as its transaction's first write, then inserts the rows; `pg_notify` wakes
 * subscribers when it commits. A unique violation means another writer
 * took a revision between our read and our insert: the caller decides again.
 */
export const appendBatch = async (client: PoolClient, schema: string, channel: string, batch: ReadonlyArray<PendingAppend>): Promise<ReadonlyArray<BatchOutcome>> => {
  const heads = await readHeads(client, schema, [...new Set(batch.map((append) => append.streamId))]);
  const rows: Array<{ streamId: string; revision: bigint; event: EncodedEvent }> = [];
  const written: Head[] = [];
  const decided = batch.map((append): { outcome: BatchOutcome } | { head: Head } => {
    const head = heads.get(append.streamId);
    if (!meetsExpectedRevision(append.expected, head?.revision)) return { outcome: left(concurrencyConflict(append.streamId, append.expected, head?.revision)) };
    if (append.events.length === 0) {
      if (head === undefined) return { outcome: new InvalidEventError(`The append to "${append.streamId}" has no events and the stream does not exist, so there is nothing to record.`) };
      return { head };
    }
    let revision = head === undefined ? 0n : head.revision + 1n;
    for (const event of append.events) {
      rows.push({ streamId: append.streamId, revision, event });
      revision += 1n;
    }
    const newHead: Head = { revision: revision - 1n, position: undefined, row: rows.length - 1 };
    heads.set(append.streamId, newHead);
    written.push(newHead);
    return { head: newHead };
  });
  if (rows.length > 0) {
    // One statement: the positions are taken first (the row source of the insert), so the
    // reservation is the transaction's first write; `pg_notify` is sent when it commits.
    const reserved = await client.query<[string]>({
      text:
        `WITH reserved AS MATERIALIZED (SELECT ${quoted(schema)}.reserve_positions($1) AS first), ` +
        `inserted AS (INSERT INTO ${quoted(schema)}.events (position, transaction_id, stream_id, revision, event_id, type, schema_version, data, metadata) ` +
        'SELECT reserved.first + row.ordinality - 1, pg_current_xact_id(), row.stream_id, row.revision, row.event_id, row.type, row.schema_version, row.data, row.metadata ' +
        'FROM reserved, unnest($3::text[], $4::bigint[], $5::text[], $6::text[], $7::integer[], $8::text[], $9::text[]) ' +
        'WITH ORDINALITY AS row (stream_id, revision, event_id, type, schema_version, data, metadata, ordinality) RETURNING 1) ' +
        'SELECT reserved.first, pg_notify($2, (reserved.first + $1 - 1)::text), (SELECT count(*) FROM inserted) FROM reserved',
      values: [
        rows.length,
        channel,
        rows.map((row) => row.streamId),
        rows.map((row) => row.revision.toString()),
        rows.map((row) => row.event.eventId),
        rows.map((row) => row.event.type),
        rows.map((row) => row.event.schemaVersion),
        rows.map((row) => row.event.data),
        rows.map((row) => row.event.metadata),
      ],
      rowMode: 'array',
    });
    const first = BigInt(reserved.rows[0]?.[0] ?? '0');
    for (const head of written) if (head.row !== undefined) head.position = first + BigInt(head.row);
  }
  return decided.map((decision) => {
    if ('outcome' in decision) return decision.outcome;
    return right({ nextExpectedRevision: decision.head.revision, position: decision.head.position ?? 0n });
  });
};
