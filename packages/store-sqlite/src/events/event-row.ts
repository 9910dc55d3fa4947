import { metadataNotRead, type EventMetadata, type RecordedEvent } from '@send-hub/event-store';

/** A row read without its metadata column, for readers that skip metadata (raw mode: an array, the cheapest shape). */
export type EventRowWithoutMetadata = [
  position: bigint,
  streamId: string,
  revision: bigint,
  eventId: string,
  type: string,
  schemaVersion: bigint,
  data: string,
];

/** One `events` row as the prepared statements return it: the same columns and the metadata. */
export type EventRow = [...EventRowWithoutMetadata, metadata: string];

/** The columns of `EventRowWithoutMetadata`, in order. */
export const eventColumnsWithoutMetadata = 'position, stream_id, revision, event_id, type, schema_version, data';

/** The columns of `EventRow`, in order, for every query that returns events. */
export const eventColumns = `${eventColumnsWithoutMetadata}, metadata`;

const reasonOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

const corrupted = (row: EventRow | EventRowWithoutMetadata, field: 'data' | 'metadata', error: unknown, metadata: EventMetadata): RecordedEvent => {
  const [position, streamId, revision, eventId, type, schemaVersion] = row;
  return {
    streamId,
    revision,
    position,
    eventId,
    type,
    schemaVersion: Number(schemaVersion),
    data: undefined,
    metadata,
    corruption:
      `The stored ${field} of event ${revision.toString()} of "${streamId}" (position ${position.toString()}, ` +
      `type "${type}") is not valid JSON: ${reasonOf(error)}.`,
  };
};

/** The event of a row whose metadata is already read; never throws (unreadable data sets `corruption`). */
const eventOf = (row: EventRow | EventRowWithoutMetadata, metadata: EventMetadata): RecordedEvent => {
  let data: unknown;
  try {
    data = JSON.parse(row[6]);
  } catch (error) {
    return corrupted(row, 'data', error, metadata);
  }
  return {
    streamId: row[1],
    revision: row[2],
    position: row[0],
    eventId: row[3],
    type: row[4],
    schemaVersion: Number(row[5]),
    data,
    metadata,
  };
};

/** Never throws: an unreadable payload becomes an event with `corruption` set, so one bad row stops nothing. */
export const decodeEventRow = (row: EventRow): RecordedEvent => {
  let metadata: EventMetadata;
  try {
    metadata = JSON.parse(row[7]) as EventMetadata;
  } catch (error) {
    // The port's placeholder for metadata not read; `corruption` says why it was not.
    return corrupted(row, 'metadata', error, metadataNotRead);
  }
  return eventOf(row, metadata);
};

/** For a reader that skips metadata: the data alone is parsed, and the metadata is `metadataNotRead`. */
export const decodeEventRowWithoutMetadata = (row: EventRowWithoutMetadata): RecordedEvent => eventOf(row, metadataNotRead);
