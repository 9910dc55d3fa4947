import type { EventMetadata } from '../port/metadata';
import type { NewEvent } from '../port/recorded-event';
import type { UpcasterRegistry } from '../upcasting/upcaster-registry';

/** Builds the envelope of an event to append: `data` as encoded, under a new id and its type's current schema version. */
export type NewEventEnvelope = (type: string, data: unknown, metadata: EventMetadata) => NewEvent;

/**
 * Envelopes for new events, each with an id from `newEventId` and its type's current
 * schema version in `upcasters`. An event type with no current version is a bug in the
 * program (its registry was not told of the type), not in anyone's input: it throws,
 * naming the type and `registryName`, before anything is appended.
 */
export const newEventEnvelope =
  (upcasters: UpcasterRegistry, newEventId: () => string, registryName: string): NewEventEnvelope =>
  (type, data, metadata) => {
    const schemaVersion = upcasters.currentVersion(type);
    if (schemaVersion === undefined) throw new Error(`The event type "${type}" has no current schema version in ${registryName}; register it.`);
    return { eventId: newEventId(), type, schemaVersion, data, metadata };
  };
