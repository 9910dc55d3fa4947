import { metadataNotRead, type EventMetadata, type RecordedEvent } from '@send-hub/event-store';

/** One `events` row as the queries return it (array mode: bigints as text, the cheapest shape). */
export type EventRow = [position: string, streamId: string, revision: string, eventId: string, type: string, schemaVersion: number, data: string, metadata?: string];

export const eventColumnsWithoutMetadata = 'position, stream_id, revision, event_id, type, schema_version, data';
export const eventColumns = `${eventColumnsWithoutMetadata}, metadata`;

const reasonOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

const corrupted = (row: EventRow, field: 'data' | 'metadata', error: unknown, metadata: EventMetadata): RecordedEvent => {
  const [position, streamId, revision, eventId, type, schemaVersion] = row;
  return {
    streamId,
    revision: BigInt(revision),
    position: BigInt(position),
    eventId,
    type,
    schemaVersion,
    data: undefined,
    metadata,
    corruption: `The stored ${field} of event ${revision} of "${streamId}" (position ${position}, type "${type}") is not valid JSON: ${reasonOf(error)}.`,
  };
};

/**
 * The event of a row; never throws: an unreadable payload becomes an event with
 * `corruption` set, so one bad row stops nothing. A row read without its metadata gets `metadataNotRead`.
 */
export const decodeEventRow = (row: EventRow): RecordedEvent => {
  let metadata: EventMetadata = metadataNotRead;
  if (row[7] !== undefined) {
    try {
      metadata = JSON.parse(row[7]) as EventMetadata;
    } catch (error) {
      return corrupted(row, 'metadata', error, metadataNotRead);
    }
  }
  let data: unknown;
  try {
    data = JSON.parse(row[6]);
  } catch (error) {
    return corrupted(row, 'data', error, metadata);
  }
  return { streamId: row[1], revision: BigInt(row[2]), position: BigInt(row[0]), eventId: row[3], type: row[4], schemaVersion: row[5], data, metadata };
};
