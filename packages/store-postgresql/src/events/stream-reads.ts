import type { Pool } from 'pg';
import type { RecordedEvent } from '@send-hub/event-store';
import { quoted } from '../connection/schema-name';
import { GroupedRequests } from '../connection/grouped-requests';
import { statementName } from '../connection/statement-name';
import { decodeEventRow, eventColumns, type EventRow } from './event-row';

interface StreamRead {
  readonly streamId: string;
  readonly fromRevision: bigint;
  /** Null: no limit. */
  readonly maxCount: number | null;
}

/**
 * How many statements of stream reads may be on their way to the server at once. A read
 * that finds them all busy waits for the next, which takes every read waiting by then.
 */
const statementsInFlight = 2;

const columnsOf = (table: string): string =>
  eventColumns
    .split(', ')
    .map((column) => `${table}.${column}`)
    .join(', ');
const columns = columnsOf('e');

/**
 * Reads of single streams, with those that arrive together sent in one statement. Every
 * round trip costs the client and the server a system call or two and a wake-up, and with
 * many writers at once most of a hub's are reads of one small stream each (the meeting a
 * discussion names, a child's erasure record): while the server answers some, the next
 * ones gather, and go as one query that reads each stream from its own revision, with its
 * own limit. A read waits at most for one statement before its own is sent, and returns
 * what was committed when its statement ran, after it was asked for: as fresh as a read
 * of its own.
 */
export class StreamReads {
  private readonly groups = new GroupedRequests<StreamRead, ReadonlyArray<RecordedEvent>>(statementsInFlight, async (group) =>
    group.length === 1 ? [await this.readOne(group[0] as StreamRead)] : this.readMany(group),
  );

  constructor(
    private readonly pool: Pool,
    private readonly schema: string,
  ) {}

  read(streamId: string, fromRevision: bigint, maxCount: number | null): Promise<ReadonlyArray<RecordedEvent>> {
    return this.groups.ask({ streamId, fromRevision, maxCount });
  }

  private async readOne(read: StreamRead): Promise<ReadonlyArray<RecordedEvent>> {
    // LIMIT NULL is no limit: one text for every read of a stream, prepared once per connection.
    const text = `SELECT ${columns} FROM ${quoted(this.schema)}.events e WHERE e.stream_id = $1 AND e.revision >= $2 ORDER BY e.revision LIMIT $3`;
    const result = await this.pool.query<EventRow>({ name: statementName(text), text, values: [read.streamId, read.fromRevision.toString(), read.maxCount], rowMode: 'array' });
    return result.rows.map(decodeEventRow);
  }

  private async readMany(group: ReadonlyArray<StreamRead>): Promise<ReadonlyArray<ReadonlyArray<RecordedEvent>>> {
    const text =
      `SELECT wanted.ordinality, ${columnsOf('found')} FROM unnest($1::text[], $2::bigint[], $3::bigint[]) WITH ORDINALITY AS wanted (stream_id, from_revision, max_count, ordinality) ` +
      `CROSS JOIN LATERAL (SELECT ${columns} FROM ${quoted(this.schema)}.events e WHERE e.stream_id = wanted.stream_id AND e.revision >= wanted.from_revision ORDER BY e.revision LIMIT wanted.max_count) found ` +
      'ORDER BY wanted.ordinality, found.revision';
    const result = await this.pool.query<[string, ...EventRow]>({
      name: statementName(text),
      text,
      values: [group.map((read) => read.streamId), group.map((read) => read.fromRevision.toString()), group.map((read) => read.maxCount)],
      rowMode: 'array',
    });
    const found: RecordedEvent[][] = group.map(() => []);
    for (const row of result.rows) found[Number(row[0]) - 1]?.push(decodeEventRow(row.slice(1) as EventRow));
    return found;
  }
}
