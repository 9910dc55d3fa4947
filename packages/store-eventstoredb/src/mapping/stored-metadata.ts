import { EventMetadata, type NewEvent } from '@send-hub/event-store';
import { isStorableEventId } from './event-id';

/**
 * The keys this adapter adds to an event's EventStoreDB metadata, beside the
 * envelope's own fields (recordedAt, actor, correlationId, causationId, hash).
 * `$correlationId` and `$causationId` are EventStoreDB's own conventions, read by
 * its `$by_correlation_id` projection and its user interface.
 */
export const addedMetadataKeys = ['schemaVersion', 'eventId', 'dataIsString', '$correlationId', '$causationId'] as const;

/**
 * The metadata as stored: the envelope, then the schema version; the port's event id
 * only when EventStoreDB could not keep it as the event's own id; and a mark on data
 * that is a JSON string, because the client hands back unparseable JSON as its raw
 * text and the mark is what tells the two apart.
 */
export const toStoredMetadata = (event: NewEvent): Record<string, unknown> => ({
  ...event.metadata,
  schemaVersion: event.schemaVersion,
  ...(isStorableEventId(event.eventId) ? {} : { eventId: event.eventId }),
  ...(typeof event.data === 'string' ? { dataIsString: true } : {}),
  $correlationId: event.metadata.correlationId,
  $causationId: event.metadata.causationId,
});

export type StoredMetadataReading =
  | {
      readonly ok: true;
      readonly metadata: EventMetadata;
      readonly schemaVersion: number;
      readonly eventId: string | undefined;
      readonly dataIsString: boolean;
    }
  | { readonly ok: false; readonly problem: string };

const unreadable = (problem: string): StoredMetadataReading => ({ ok: false, problem });

/** Splits stored metadata back into the envelope and the added keys; says what is wrong instead of throwing. */
export const fromStoredMetadata = (stored: unknown): StoredMetadataReading => {
  if (stored === undefined) return unreadable('it has no metadata');
  if (stored instanceof Uint8Array) return unreadable('its metadata is not valid JSON');
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return unreadable('its metadata is not a JSON object');
  const { schemaVersion, eventId, dataIsString, $correlationId: _correlation, $causationId: _causation, ...envelope } =
    stored as Record<string, unknown>;
  if (typeof schemaVersion !== 'number' || !Number.isSafeInteger(schemaVersion) || schemaVersion < 0) {
    return unreadable('its metadata has no schema version (a whole number)');
  }
  if (eventId !== undefined && typeof eventId !== 'string') return unreadable('its metadata holds an event id that is not text');
  if (!EventMetadata.is(envelope)) {
    return unreadable('its metadata lacks recordedAt, actor (id and role), correlationId or causationId');
  }
  return { ok: true, metadata: envelope, schemaVersion, eventId, dataIsString: dataIsString === true };
};
