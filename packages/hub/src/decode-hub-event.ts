import type { RecordedEvent } from '@send-hub/event-store';
import { quickDecoder } from '@send-hub/core';
import { either as E } from 'fp-ts';
import type * as t from 'io-ts';
import { hubUpcasterRegistry } from './hub-upcasters';
import { formatValidationErrors } from './validation-messages';
import { hubEventCodecs, hubEventSchemaVersions, isHubEventType, type HubEnvelope, type HubEventType, type UndecodableEvent } from './hub-events';

/** Turns older schema versions of an event's data into the current one. */
export type Upcast = (type: string, schemaVersion: number, data: unknown) => E.Either<string, unknown>;

/** The hub's own upcasters (see `hubUpcasterRegistry`): what every reader uses unless told otherwise. */
export const hubUpcast: Upcast = (type, schemaVersion, data) => E.mapLeft((failure: { readonly message: string }) => failure.message)(hubUpcasterRegistry.upcast(type, schemaVersion, data));

/** Each type's decoder answers a valid event without io-ts's walk, and anything else with the same errors: every read of a history decodes every event. */
const hubEventDecoders = Object.fromEntries(Object.entries(hubEventCodecs).map(([type, codec]) => [type, quickDecoder(codec)])) as Readonly<
  Record<HubEventType, (input: unknown) => t.Validation<unknown>>
>;

const undecodable = (recorded: RecordedEvent, reason: string): UndecodableEvent => ({
  _tag: 'UndecodableEvent',
  code: 'undecodable-event',
  streamId: recorded.streamId,
  revision: recorded.revision,
  position: recorded.position,
  message: `The event at revision ${recorded.revision.toString()} of "${recorded.streamId}" (${recorded.type}) cannot be read: ${reason}.`,
});

/**
 * Reads a stored event as a hub event: refuses unknown types, corrupt payloads and
 * versions newer than this library, upcasts older versions, then decodes with the codec.
 */
export const decodeHubEvent = (recorded: RecordedEvent, upcast: Upcast = hubUpcast): E.Either<UndecodableEvent, HubEnvelope> => {
  if (recorded.corruption !== undefined) return E.left(undecodable(recorded, recorded.corruption));
  if (!isHubEventType(recorded.type)) return E.left(undecodable(recorded, `"${recorded.type}" is not an event type this library knows`));
  const current = hubEventSchemaVersions[recorded.type];
  if (recorded.schemaVersion > current) {
    return E.left(undecodable(recorded, `it has schema version ${recorded.schemaVersion}, newer than version ${current} that this library reads`));
  }
  const data = recorded.schemaVersion === current ? E.right(recorded.data) : upcast(recorded.type, recorded.schemaVersion, recorded.data);
  if (E.isLeft(data)) return E.left(undecodable(recorded, data.left));
  // The envelope's type is the event's; copy only when the data does not already say so.
  const payload =
    typeof data.right === 'object' && data.right !== null && (data.right as { readonly type?: unknown }).type !== recorded.type
      ? { ...data.right, type: recorded.type }
      : data.right;
  const decoded = hubEventDecoders[recorded.type](payload);
  return E.isLeft(decoded)
    ? E.left(undecodable(recorded, formatValidationErrors(decoded.left)))
    : E.right({ event: decoded.right as HubEnvelope['event'], recorded });
};
