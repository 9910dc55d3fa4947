import type Database from 'better-sqlite3';
import { eventColumns, eventColumnsWithoutMetadata, type EventRow, type EventRowWithoutMetadata } from './event-row';

/** A page of the whole history, as two statements: over every stream, and over the streams with a prefix. */
export interface PageStatements<Row> {
  /** After position, up to position (inclusive), limit. */
  readonly whole: Database.Statement<[bigint, bigint, number], Row>;
  /** After position, up to position (inclusive), stream id prefix, limit. */
  readonly withPrefix: Database.Statement<[bigint, bigint, string, number], Row>;
}

/** Every statement the event store runs, prepared once per connection. */
export interface EventStatements {
  /** [revision, position] of a stream's last event. */
  readonly streamHead: Database.Statement<[string], [bigint, bigint]>;
  readonly insert: Database.Statement<[string, bigint, string, string, number, string, string]>;
  /** Stream id, first revision, limit (-1 for all). */
  readonly readStream: Database.Statement<[string, bigint, number], EventRow>;
  readonly readAllPage: PageStatements<EventRow>;
  /** The same pages without the metadata column, for readers that skip metadata. */
  readonly readAllPageWithoutMetadata: PageStatements<EventRowWithoutMetadata>;
  readonly headPosition: Database.Statement<[], bigint | null>;
}

/**
 * A page of the whole history: after a position, up to a position (inclusive), at most a
 * limit. With a prefix, instr() = 1 compares whole characters, so any prefix works, with
 * no LIKE wildcards to escape.
 */
export const readAllPageSql = (columns: string, withPrefix: boolean): string =>
  `SELECT ${columns} FROM events WHERE position > ? AND position <= ?${withPrefix ? ' AND instr(stream_id, ?) = 1' : ''} ORDER BY position LIMIT ?`;

const preparePages = <Row>(database: Database.Database, columns: string): PageStatements<Row> => ({
  whole: database.prepare<[bigint, bigint, number], Row>(readAllPageSql(columns, false)).raw(),
  withPrefix: database.prepare<[bigint, bigint, string, number], Row>(readAllPageSql(columns, true)).raw(),
});

export const prepareEventStatements = (database: Database.Database): EventStatements => ({
  streamHead: database
    .prepare<[string], [bigint, bigint]>('SELECT revision, position FROM events WHERE stream_id = ? ORDER BY revision DESC LIMIT 1')
    .raw(),
  insert: database.prepare(
    'INSERT INTO events (stream_id, revision, event_id, type, schema_version, data, metadata) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ),
  readStream: database
    .prepare<[string, bigint, number], EventRow>(
      `SELECT ${eventColumns} FROM events WHERE stream_id = ? AND revision >= ? ORDER BY revision LIMIT ?`,
    )
    .raw(),
  readAllPage: preparePages<EventRow>(database, eventColumns),
  readAllPageWithoutMetadata: preparePages<EventRowWithoutMetadata>(database, eventColumnsWithoutMetadata),
  headPosition: database.prepare<[], bigint | null>('SELECT max(position) FROM events').pluck(),
});
