import { InvalidEventError } from './errors';
import { EventMetadata } from './metadata';
import type { NewEvent } from './recorded-event';

const isText = (value: unknown): value is string => typeof value === 'string' && value.length > 0;

/**
 * Checks the envelope of one event of an append (event id, type, schema version,
 * complete metadata) and returns how messages should name it, for example
 * `Event 2 of the append to "case-a" (type "Referred")`; throws `InvalidEventError`
 * saying what is wrong. Each store then checks the data and metadata as JSON in its
 * own way, as each keeps them differently. Here in the port so that every adapter
 * refuses the same events in the same words.
 */
export const checkNewEventEnvelope = (streamId: string, event: unknown, index: number): string => {
  const where = `Event ${index + 1} of the append to "${streamId}"`;
  if (typeof event !== 'object' || event === null) throw new InvalidEventError(`${where} is not an event object.`);
  const { eventId, type, schemaVersion, metadata } = event as Partial<NewEvent>;
  if (!isText(eventId)) throw new InvalidEventError(`${where} has no event id (eventId must be non-empty text).`);
  if (!isText(type)) throw new InvalidEventError(`${where} has no type (type must be non-empty text).`);
  const described = `${where} (type "${type}")`;
  if (typeof schemaVersion !== 'number' || !Number.isSafeInteger(schemaVersion) || schemaVersion < 0) {
    throw new InvalidEventError(`${described} has schema version ${String(schemaVersion)}; it must be a whole number.`);
  }
  if (!EventMetadata.is(metadata)) {
    throw new InvalidEventError(`${described} has incomplete metadata: it needs recordedAt, actor (id and role), correlationId and causationId.`);
  }
  return described;
};
