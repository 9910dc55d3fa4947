import type { RecordedEvent } from '@send-hub/event-store';
import type { AllReadStart, EventStoreDbGateway, LogPosition, StoredRecord } from '../client/gateway';
import { decodeStoredRecord } from '../mapping/decode-stored-record';
import { globalPositionOf } from '../mapping/global-position';
import type { StreamNamespace } from '../mapping/stream-namespace';
import { isStoreEvent } from '../mapping/visibility';

/** Orders log positions as `$all` does: by commit position, then by prepare position. */
export const compareLogPositions = (left: LogPosition, right: LogPosition): number =>
  left.commit !== right.commit ? (left.commit < right.commit ? -1 : 1) : left.prepare < right.prepare ? -1 : left.prepare > right.prepare ? 1 : 0;

/** Whether `position` comes strictly after `cursor` ('start' comes before everything). */
export const isAfter = (position: LogPosition, cursor: AllReadStart): boolean =>
  cursor === 'start' || (cursor !== 'end' && compareLogPositions(position, cursor) > 0);

export const describeRecord = (record: StoredRecord): string => `event ${record.revision.toString()} of "${record.streamId}"`;

/** The port's event for a record of a stream of this store. */
export const toRecordedEvent = (record: StoredRecord, namespace: StreamNamespace): RecordedEvent =>
  decodeStoredRecord(namespace.local(record), globalPositionOf(record.position, describeRecord(record)));

/**
 * The port's event for a record of `$all`, or undefined for one it does not show
 * (system streams, other namespaces and prefixes). Throws when a record that should
 * be shown has no single global position (see `globalPositionOf`).
 */
export const toDeliverable = (record: StoredRecord, namespace: StreamNamespace, streamPrefix: string | undefined): RecordedEvent | undefined =>
  isStoreEvent(record, namespace.prefixFor(streamPrefix)) ? toRecordedEvent(record, namespace) : undefined;

export interface ScannedRecord {
  readonly record: StoredRecord;
  /** Where a later read or subscription resumes so as to come after this record. */
  readonly at: LogPosition;
}

/**
 * Every record of `$all` strictly after `from`, page by page, up to the head as it
 * is when the last page is read. Reads of `$all` include the position they start
 * from, so each page begins with the previous page's last record, which is dropped.
 */
export async function* scanAll(gateway: EventStoreDbGateway, pageSize: number, from: AllReadStart): AsyncGenerator<ScannedRecord> {
  let cursor = from;
  for (;;) {
    let seen = 0;
    let fresh = 0;
    for await (const record of gateway.readAll(cursor, pageSize, 'forwards')) {
      seen += 1;
      const at = record.position;
      if (at === undefined) throw new TypeError(`EventStoreDB returned ${describeRecord(record)} from $all without its position.`);
      if (!isAfter(at, cursor)) continue;
      cursor = at;
      fresh += 1;
      yield { record, at };
    }
    if (seen < pageSize || fresh === 0) return;
  }
}

/** The newest record of `$all` that the port shows, read backwards page by page. */
export const newestStoreEvent = async (
  gateway: EventStoreDbGateway,
  pageSize: number,
  namespace: StreamNamespace,
): Promise<StoredRecord | undefined> => {
  let from: AllReadStart = 'end';
  for (;;) {
    let seen = 0;
    let oldest: LogPosition | undefined;
    for await (const record of gateway.readAll(from, pageSize, 'backwards')) {
      seen += 1;
      if (isStoreEvent(record, namespace.prefixFor(undefined))) return record;
      oldest = record.position;
    }
    if (seen < pageSize || oldest === undefined) return undefined;
    // Guards against a server that includes the starting record in backward reads too.
    if (from !== 'end' && compareLogPositions(oldest, from) >= 0) return undefined;
    from = oldest;
  }
};
