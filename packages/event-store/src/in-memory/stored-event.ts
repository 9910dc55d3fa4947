import { InvalidEventError } from '../port/errors';
import type { EventMetadata } from '../port/metadata';
import { checkNewEvent, describeNewEvent } from '../port/new-event-checks';
import type { NewEvent, RecordedEvent } from '../port/recorded-event';
import { describeJsonPath, frozenJsonCopy } from './frozen-json-copy';

const frozenJson = (streamId: string, event: NewEvent, index: number, field: 'data' | 'metadata', value: unknown): unknown => {
  const result = frozenJsonCopy(value);
  if (result.ok) return result.copy;
  throw new InvalidEventError(
    `${describeNewEvent(streamId, index, event.type)} cannot be stored: ${describeJsonPath(field, result.fault.path)} ${result.fault.what}. Event ${field} must be plain JSON.`,
  );
};

/**
 * Checks one event of an append and returns the frozen record the store keeps, at
 * `revision` and `position`, or throws `InvalidEventError` naming the stream, the event's
 * place in the batch, its type and what is wrong. The whole batch is checked before any
 * of it is kept. `keptMetadata` is the frozen copy already made of this event's metadata
 * object, when an earlier event of the batch shares it.
 */
export const storedRecord = (streamId: string, event: NewEvent, index: number, keptMetadata: EventMetadata | undefined, revision: bigint, position: bigint): RecordedEvent => {
  checkNewEvent(streamId, event, index);
  const { eventId, type, schemaVersion, data, metadata } = event;
  // Every field written out, in one order: a spread here made each record a slow, dictionary-shaped object.
  return Object.freeze({
    streamId,
    revision,
    position,
    eventId,
    type,
    schemaVersion,
    data: frozenJson(streamId, event, index, 'data', data),
    metadata: keptMetadata ?? (frozenJson(streamId, event, index, 'metadata', metadata) as EventMetadata),
  });
};
