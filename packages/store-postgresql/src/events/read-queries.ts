import type { Pool } from 'pg';
import type { MetadataChoice, RecordedEvent } from '@send-hub/event-store';
import { quoted } from '../connection/schema-name';
import { statementName } from '../connection/statement-name';
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

const columnsOf = (metadata: MetadataChoice, table: string): string =>
  (metadata === 'read' ? eventColumns : eventColumnsWithoutMetadata)
    .split(', ')
    .map((column) => `${table}.${column}`)
    .join(', ');

/**
 * A page as every whole read takes it: the first `limit` events after `after` (parameter
 * `$1`), in position order, then cut by `cut` (on `page.position`) outside the limit, so the
 * server reads the page's own rows and never the range up to the bound (see `readSettledPage`).
 */
const pageCutAfterItsLimit = (schema: string, metadata: MetadataChoice, limit: string, streamPrefix: string | undefined, cut: string): string =>
  `SELECT ${columnsOf(metadata, 'page')} FROM (` +
  `SELECT ${columnsOf(metadata, 'e')} FROM ${quoted(schema)}.events e WHERE e.position > $1${streamPrefix === undefined ? '' : ` AND starts_with(e.stream_id, ${streamPrefix})`} ORDER BY e.position LIMIT ${limit}` +
  `) page WHERE ${cut} ORDER BY page.position`;

/**
 * One page of a settled range, in global order: the first `limit` events after `after`,
 * less any past `until`. The bound is applied to the page, not to the scan: planned with
 * the values given (as a prepared statement is, for its first five runs on a connection),
 * a range covering most of the history is read whole by a bitmap scan and sorted for
 * every page, so each page cost as much as the rest of the history (18 ms instead of 9 on
 * 10,000 events, and more as the history grows). Read in position order and cut at
 * `limit`, a page costs its own rows whatever the history holds; a page cut short by the
 * bound is the read's last.
 */
export const readSettledPage = async (pool: Pool, schema: string, query: PageQuery): Promise<ReadonlyArray<RecordedEvent>> => {
  const values: unknown[] = [query.after.toString(), query.until.toString(), query.limit];
  if (query.streamPrefix !== undefined) values.push(query.streamPrefix);
  const text = pageCutAfterItsLimit(schema, query.metadata, '$3', query.streamPrefix === undefined ? undefined : '$4', 'page.position <= $2');
  const result = await pool.query<EventRow>({ name: statementName(text), text, values, rowMode: 'array' });
  return result.rows.map(decodeEventRow);
};

/** Where a whole read ends, whether everything up to there has settled, and if so its first page. */
export interface FirstPage {
  readonly bound: ReadBound;
  readonly settled: boolean;
  /** Empty unless settled. */
  readonly events: ReadonlyArray<RecordedEvent>;
}

/**
 * The start of a whole read in one round trip: the newest event (the bound), whether every
 * transaction that could still commit a position up to it has finished (the snapshot's
 * horizon is past the bound's transaction, as `waitUntilSettled` asks), and when it has, the
 * first page after `after` up to the bound, all read with the one snapshot of one
 * statement: what that snapshot cannot see at or below a settled bound never commits.
 * The bound cuts the page, not the scan, as in `readSettledPage`: with the bound inside the
 * scan the server read the whole history by a bitmap scan and sorted it for the first page
 * (9.6 ms instead of 1 on 10,000 events, growing with the history).
 * Undefined when the store holds no event.
 */
export const readFirstPage = async (pool: Pool, schema: string, query: Omit<PageQuery, 'until'>): Promise<FirstPage | undefined> => {
  const values: unknown[] = [query.after.toString(), query.limit];
  if (query.streamPrefix !== undefined) values.push(query.streamPrefix);
  const text =
    `WITH bound AS (SELECT b.position, b.transaction_id, pg_snapshot_xmin(pg_current_snapshot()) > b.transaction_id AS settled ` +
    `FROM ${quoted(schema)}.events b ORDER BY b.position DESC LIMIT 1) ` +
    `SELECT bound.position, bound.transaction_id::text, bound.settled, first.* FROM bound LEFT JOIN LATERAL (` +
    pageCutAfterItsLimit(schema, query.metadata, '$2', query.streamPrefix === undefined ? undefined : '$3', 'bound.settled AND page.position <= bound.position') +
    `) first ON true`;
  const result = await pool.query<[string, string, boolean, ...EventRow]>({ name: statementName(text), text, values, rowMode: 'array' });
  const first = result.rows[0];
  if (first === undefined) return undefined;
  const events = first[3] === null ? [] : result.rows.map((row) => decodeEventRow(row.slice(3) as EventRow));
  return { bound: { position: BigInt(first[0]), transactionId: first[1] }, settled: first[2], events };
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
