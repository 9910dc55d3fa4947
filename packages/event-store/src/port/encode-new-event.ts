import { InvalidEventError } from './errors';
import { describeJsonPath, findJsonProblem } from './json-problem';
import { checkNewEvent, describeNewEvent } from './new-event-checks';
import type { NewEvent } from './recorded-event';

/** A new event as a store keeps it: data and metadata as the JSON text the hash chain was computed over. */
export interface EncodedEvent {
  readonly eventId: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: string;
  readonly metadata: string;
}

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
  checkNewEvent(streamId, event, index);
  const { eventId, type, schemaVersion, data, metadata } = event;
  const described = describeNewEvent(streamId, index, type);
  return { eventId, type, schemaVersion, data: toJson(described, 'data', data), metadata: toJson(described, 'metadata', metadata) };
};
