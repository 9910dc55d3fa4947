import type { MetadataChoice, RecordedEvent } from '@send-hub/event-store';
import { decodeEventRow, decodeEventRowWithoutMetadata, type EventRow } from './event-row';
import type { EventStatements, PageStatements } from './event-statements';

/** The largest position SQLite can hold: "no upper bound". */
export const lastPossiblePosition = 2n ** 63n - 1n;

/** Where a page ends and what it includes. */
export interface PageBounds {
  /** Include events up to this position (inclusive). */
  readonly until: bigint;
  readonly streamPrefix: string | undefined;
}

const rowsOfPage = <Row>({ whole, withPrefix }: PageStatements<Row>, after: bigint, limit: number, bounds: PageBounds): Row[] =>
  bounds.streamPrefix === undefined ? whole.all(after, bounds.until, limit) : withPrefix.all(after, bounds.until, bounds.streamPrefix, limit);

/** Events strictly after `after` in global order, at most `limit`, within `bounds`. */
export const readEventRows = (statements: EventStatements, after: bigint, limit: number, bounds: PageBounds): EventRow[] =>
  rowsOfPage(statements.readAllPage, after, limit, bounds);

/** Events strictly after `after`, at most `limit`, within `bounds`, with or without their metadata. */
export const readEventPage = (statements: EventStatements, after: bigint, limit: number, bounds: PageBounds, metadata: MetadataChoice): RecordedEvent[] =>
  metadata === 'read'
    ? readEventRows(statements, after, limit, bounds).map(decodeEventRow)
    : rowsOfPage(statements.readAllPageWithoutMetadata, after, limit, bounds).map(decodeEventRowWithoutMetadata);

/**
 * Streams events page by page: each page is one short query (`position > ?`),
 * so memory stays at one page and no read transaction is held open between pages.
 * Never yields an empty page.
 */
export async function* readAllPages(
  readPage: (after: bigint, limit: number) => ReadonlyArray<RecordedEvent>,
  after: bigint,
  maxCount: number,
  pageSize: number,
): AsyncGenerator<ReadonlyArray<RecordedEvent>, void, undefined> {
  let cursor = after;
  let remaining = maxCount;
  while (remaining > 0) {
    const limit = Math.min(pageSize, remaining);
    const events = readPage(cursor, limit);
    const last = events[events.length - 1];
    if (last === undefined) return;
    yield events;
    if (events.length < limit) return;
    cursor = last.position;
    remaining -= events.length;
  }
}

/** A page for a subscription, and how far the store has been looked through. */
export interface ScannedPage {
  readonly events: ReadonlyArray<RecordedEvent>;
  /**
   * The position up to which every event has been considered: past the last
   * event returned, up to the head when the page came back short. With a stream
   * prefix this stops a live subscription from rescanning other streams' events on every poll.
   */
  readonly scannedThrough: bigint;
}

/** Run inside one read transaction, so that the page and the head come from the same snapshot. */
export const scanPage = (
  statements: EventStatements,
  after: bigint,
  pageSize: number,
  streamPrefix: string | undefined,
): ScannedPage => {
  const rows = readEventRows(statements, after, pageSize, { until: lastPossiblePosition, streamPrefix });
  const events = rows.map(decodeEventRow);
  const lastReturned = rows[rows.length - 1]?.[0] ?? after;
  if (rows.length === pageSize) return { events, scannedThrough: lastReturned };
  const head = statements.headPosition.get() ?? 0n;
  return { events, scannedThrough: head > lastReturned ? head : lastReturned };
};
