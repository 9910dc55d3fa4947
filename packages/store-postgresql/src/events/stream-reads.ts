import type { Pool } from 'pg';
import type { RecordedEvent } from '@send-hub/event-store';
import { quoted } from '../connection/schema-name';
import { statementName } from '../connection/statement-name';
import { decodeEventRow, eventColumns, type EventRow } from './event-row';

interface PendingRead {
  readonly streamId: string;
  readonly fromRevision: bigint;
  /** Null: no limit. */
  readonly maxCount: number | null;
  readonly resolve: (events: ReadonlyArray<RecordedEvent>) => void;
  readonly reject: (error: unknown) => void;
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
  private readonly waiting: PendingRead[] = [];
  private sending = 0;

  constructor(
    private readonly pool: Pool,
    private readonly schema: string,
  ) {}

  read(streamId: string, fromRevision: bigint, maxCount: number | null): Promise<ReadonlyArray<RecordedEvent>> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ streamId, fromRevision, maxCount, resolve, reject });
      this.send();
    });
  }

  private send(): void {
    while (this.sending < statementsInFlight && this.waiting.length > 0) {
      const group = this.waiting.splice(0);
      this.sending += 1;
      void this.sendGroup(group).finally(() => {
        this.sending -= 1;
        this.send();
      });
    }
  }

  private async sendGroup(group: ReadonlyArray<PendingRead>): Promise<void> {
    try {
      const found = group.length === 1 ? [await this.readOne(group[0] as PendingRead)] : await this.readMany(group);
      group.forEach((read, index) => read.resolve(found[index] ?? []));
    } catch (error) {
      for (const read of group) read.reject(error);
    }
  }

  private async readOne(read: PendingRead): Promise<ReadonlyArray<RecordedEvent>> {
    // LIMIT NULL is no limit: one text for every read of a stream, prepared once per connection.
    const text = `SELECT ${columns} FROM ${quoted(this.schema)}.events e WHERE e.stream_id = $1 AND e.revision >= $2 ORDER BY e.revision LIMIT $3`;
    const result = await this.pool.query<EventRow>({ name: statementName(text), text, values: [read.streamId, read.fromRevision.toString(), read.maxCount], rowMode: 'array' });
    return result.rows.map(decodeEventRow);
  }

  private async readMany(group: ReadonlyArray<PendingRead>): Promise<ReadonlyArray<ReadonlyArray<RecordedEvent>>> {
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
