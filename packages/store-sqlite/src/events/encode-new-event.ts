import { EventMetadata, InvalidEventError, type NewEvent } from '@send-hub/event-store';
import { describeJsonPath, findJsonProblem } from './json-problem';

/** A new event as it goes into the `events` table. */
export interface EncodedEvent {
  readonly eventId: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: string;
  readonly metadata: string;
}

const isText = (value: unknown): value is string => typeof value === 'string' && value.length > 0;

const toJson = (where: string, field: 'data' | 'metadata', value: unknown): string => {
  const found = findJsonProblem(value);
  if (found !== undefined) {
    throw new InvalidEventError(
      `${where} cannot be stored: ${describeJsonPath(field, found.path)} ${found.what}. Event ${field} must be plain JSON.`,
    );
  }
  return JSON.stringify(value);
};

/**
 * Checks one event and turns its data and metadata into JSON text, or throws
 * `InvalidEventError` naming the event and the offending field. Runs before the
 * transaction starts, so a bad event means nothing of its batch is written.
 */
export const encodeNewEvent = (streamId: string, event: NewEvent, index: number): EncodedEvent => {
  const where = `Event ${index + 1} of the append to "${streamId}"`;
  if (typeof event !== 'object' || event === null) throw new InvalidEventError(`${where} is not an event object.`);
  const { eventId, type, schemaVersion, data, metadata } = event;
  if (!isText(eventId)) throw new InvalidEventError(`${where} has no event id (eventId must be non-empty text).`);
  if (!isText(type)) throw new InvalidEventError(`${where} has no type (type must be non-empty text).`);
  if (!Number.isSafeInteger(schemaVersion) || schemaVersion < 0) {
    throw new InvalidEventError(`${where} (type "${type}") has schema version ${String(schemaVersion)}; it must be a whole number.`);
  }
  if (!EventMetadata.is(metadata)) {
    throw new InvalidEventError(
      `${where} (type "${type}") has incomplete metadata: it needs recordedAt, actor (id and role), correlationId and causationId.`,
    );
  }
  const described = `${where} (type "${type}")`;
  return { eventId, type, schemaVersion, data: toJson(described, 'data', data), metadata: toJson(described, 'metadata', metadata) };
};
