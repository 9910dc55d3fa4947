import { quickGuard } from '@send-hub/core';
import { InvalidEventError } from './errors';
import { EventMetadata } from './metadata';
import type { NewEvent } from './recorded-event';

/** Every append checks every event's metadata: by its codec's compiled check, not io-ts's walk of the intersection. */
const isEventMetadata = quickGuard(EventMetadata);

const isText = (value: unknown): value is string => typeof value === 'string' && value.length > 0;

/** Where an event sits in an append, for messages about an event too broken to have a type. */
const placeOf = (streamId: string, index: number): string => `Event ${index + 1} of the append to "${streamId}"`;

/** How messages name one event of an append, for example `Event 2 of the append to "case-a" (type "Referred")`. */
export const describeNewEvent = (streamId: string, index: number, type: string): string => `${placeOf(streamId, index)} (type "${type}")`;

/**
 * Checks the envelope of one event of an append (event id, type, schema version,
 * complete metadata), throwing `InvalidEventError` saying what is wrong. Nothing is
 * built when the event is sound: every append checks every event. Each store then
 * checks the data and metadata as JSON in its own way, as each keeps them
 * differently, naming the event with `describeNewEvent`. Here in the port so that
 * every adapter refuses the same events in the same words.
 */
export const checkNewEvent = (streamId: string, event: unknown, index: number): void => {
  if (typeof event !== 'object' || event === null) throw new InvalidEventError(`${placeOf(streamId, index)} is not an event object.`);
  const { eventId, type, schemaVersion, metadata } = event as Partial<NewEvent>;
  if (!isText(eventId)) throw new InvalidEventError(`${placeOf(streamId, index)} has no event id (eventId must be non-empty text).`);
  if (!isText(type)) throw new InvalidEventError(`${placeOf(streamId, index)} has no type (type must be non-empty text).`);
  if (typeof schemaVersion !== 'number' || !Number.isSafeInteger(schemaVersion) || schemaVersion < 0) {
    throw new InvalidEventError(`${describeNewEvent(streamId, index, type)} has schema version ${String(schemaVersion)}; it must be a whole number.`);
  }
  if (!isEventMetadata(metadata)) {
    throw new InvalidEventError(`${describeNewEvent(streamId, index, type)} has incomplete metadata: it needs recordedAt, actor (id and role), correlationId and causationId.`);
  }
};

