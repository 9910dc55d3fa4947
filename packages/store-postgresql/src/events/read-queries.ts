import type { Pool } from 'pg';
import type { MetadataChoice, RecordedEvent } from '@send-hub/event-store';
import { quoted } from '../connection/schema-name';
import { decodeEventRow, eventColumns, eventColumnsWithoutMetadata, type EventRow } from './event-row';

/** The newest stored event's position and transaction id: where a read that starts now ends. */
export interface ReadBound {
  readonly position: bigint;
  readonly transactionId: string;
}

const pause = (milliseconds: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, milliseconds));

export const readBound = async (pool: Pool, schema: string): Promise<ReadBound | undefined> => {
  const result = await pool.query<[string, string]>({
    text: `SELECT position, transaction_id::text FROM ${quoted(schema)}.events ORDER BY position DESC LIMIT 1`,
    rowMode: 'array',
  });
  const row = result.rows[0];
  return row === undefined ? undefined : { position: BigInt(row[0]), transactionId: row[1] };
};

/**
 * Waits until no transaction that could still commit a position at or below `bound` is
 * running: positions are taken in transaction order (see the schema), so once the
 * server's oldest running transaction is younger than the bound's, every position up to
 * the bound is either committed and visible or never will be. Usually at once; as long
 * as the slowest writer that took an earlier position otherwise.
 */
export const waitUntilSettled = async (pool: Pool, bound: ReadBound): Promise<void> => {
  for (let wait = 1; ; wait = Math.min(wait * 2, 50)) {
    const result = await pool.query<[boolean]>({ text: 'SELECT pg_snapshot_xmin(pg_current_snapshot()) > $1::xid8', values: [bound.transactionId], rowMode: 'array' });
    if (result.rows[0]?.[0] === true) return;
    await pause(wait);
  }
};

/** What a page query reads: after a position, up to a bound, maybe only streams with a prefix. */
export interface PageQuery {
  readonly after: bigint;
  readonly until: bigint;
  readonly limit: number;
  readonly streamPrefix: string | undefined;
  readonly metadata: MetadataChoice;
}

/** One page of a settled range, in global order. */
export const readSettledPage = async (pool: Pool, schema: string, query: PageQuery): Promise<ReadonlyArray<RecordedEvent>> => {
  const columns = query.metadata === 'read' ? eventColumns : eventColumnsWithoutMetadata;
  const prefix = query.streamPrefix === undefined ? '' : ' AND starts_with(stream_id, $4)';
  const values: unknown[] = [query.after.toString(), query.until.toString(), query.limit];
  if (query.streamPrefix !== undefined) values.push(query.streamPrefix);
  const result = await pool.query<EventRow>({
    text: `SELECT ${columns} FROM ${quoted(schema)}.events WHERE position > $1 AND position <= $2${prefix} ORDER BY position LIMIT $3`,
    values,
    rowMode: 'array',
  });
  return result.rows.map(decodeEventRow);
};

/** A subscription's look at the store: the events safe to deliver after its cursor, and whether its starting bound has settled. */
export interface ScannedPage {
  readonly events: ReadonlyArray<RecordedEvent>;
  /** True when every transaction at or below the bound asked about has finished. */
  readonly settled: boolean;
}

/**
 * The next events after `after` that no running transaction can still put a smaller
 * position in front of: rows whose transaction id is below the snapshot's horizon
 * (`pg_snapshot_xmin`), read in the same statement, so with the same snapshot.
 */
export const scanSafePage = async (pool: Pool, schema: string, after: bigint, limit: number, streamPrefix: string | undefined, bound: ReadBound | undefined): Promise<ScannedPage> => {
  const prefix = streamPrefix === undefined ? '' : ' AND starts_with(e.stream_id, $4)';
  const values: unknown[] = [after.toString(), limit, bound?.transactionId ?? '0'];
  if (streamPrefix !== undefined) values.push(streamPrefix);
  const result = await pool.query<[boolean, ...EventRow]>({
    text:
      `WITH horizon AS (SELECT pg_snapshot_xmin(pg_current_snapshot()) AS xmin) ` +
      `SELECT horizon.xmin > $3::xid8, page.* FROM horizon LEFT JOIN LATERAL (` +
      `SELECT ${eventColumns.split(', ').map((column) => `e.${column}`).join(', ')} FROM ${quoted(schema)}.events e ` +
      `WHERE e.position > $1 AND e.transaction_id < horizon.xmin${prefix} ORDER BY e.position LIMIT $2) page ON true`,
    values,
    rowMode: 'array',
  });
  const settled = result.rows[0]?.[0] === true;
  const events = result.rows.filter((row) => row[1] !== null).map((row) => decodeEventRow(row.slice(1) as EventRow));
  return { events, settled };
};
