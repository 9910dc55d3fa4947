import { createHash } from 'node:crypto';

/** The only spelling of a UUID that EventStoreDB hands back unchanged. */
const lowercaseUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Namespace of the name-based UUIDs below; fixed forever, or stored ids would change meaning. */
const namespace = Buffer.from('3d1f0c52a8e44b7f9a63c0e5b2d47f18', 'hex');

/** Whether EventStoreDB can keep this event id as it is. */
export const isStorableEventId = (eventId: string): boolean => lowercaseUuid.test(eventId);

/**
 * The UUID EventStoreDB records for an event. EventStoreDB requires UUIDs, while the
 * port accepts any text; other ids get a name-based (version 5) UUID of their own, so
 * the same event always gets the same UUID and the server's duplicate detection on
 * retried appends keeps working. The port's id then travels in the metadata.
 */
export const storedEventIdFor = (eventId: string): string => {
  if (isStorableEventId(eventId)) return eventId;
  const bytes = createHash('sha1').update(namespace).update(eventId, 'utf8').digest().subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return [hex.slice(0, 8), hex.slice(8, 12), hex.slice(12, 16), hex.slice(16, 20), hex.slice(20)].join('-');
};
