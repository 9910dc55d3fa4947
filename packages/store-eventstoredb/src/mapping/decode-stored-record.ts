import type { EventMetadata, RecordedEvent } from '@send-hub/event-store';
import type { StoredRecord } from '../client/gateway';
import { fromStoredMetadata } from './stored-metadata';

/**
 * Stands in for metadata that could not be read, so that readers that look at
 * metadata before `corruption` do not crash on a missing field.
 */
const placeholderMetadata: EventMetadata = Object.freeze({
  recordedAt: '',
  actor: Object.freeze({ id: '', role: '' }),
  correlationId: '',
  causationId: '',
});

/**
 * The port's view of a stored record at its global position. Never throws: an
 * unreadable payload becomes an event with `corruption` set and no data, so that
 * one bad event stops no reader.
 */
export const decodeStoredRecord = (record: StoredRecord, position: bigint): RecordedEvent => {
  const place = { streamId: record.streamId, revision: record.revision, position, type: record.type };
  const corrupted = (problem: string, metadata: EventMetadata, schemaVersion: number, eventId: string): RecordedEvent => ({
    ...place,
    eventId,
    schemaVersion,
    data: undefined,
    metadata,
    corruption:
      `Event ${record.revision.toString()} of "${record.streamId}" (position ${position.toString()}, type "${record.type}") ` +
      `cannot be read: ${problem}.`,
  });

  const reading = fromStoredMetadata(record.metadata);
  if (!reading.ok) return corrupted(reading.problem, placeholderMetadata, 0, record.id);
  const eventId = reading.eventId ?? record.id;
  if (!record.isJson) return corrupted('its data is stored as bytes, not JSON', reading.metadata, reading.schemaVersion, eventId);
  if (typeof record.data === 'string' && !reading.dataIsString) {
    return corrupted('its data is not valid JSON', reading.metadata, reading.schemaVersion, eventId);
  }
  return { ...place, eventId, schemaVersion: reading.schemaVersion, data: record.data, metadata: reading.metadata };
};
