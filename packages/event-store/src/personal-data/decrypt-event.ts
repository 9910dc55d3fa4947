import { erasedPersonalData, type PersonalFieldPath } from '@send-hub/core';
import { either as E } from 'fp-ts';
import type { RecordedEvent } from '../port/recorded-event';
import { decryptField, isEncryptedField } from './field-encryption';
import { replaceAll, valueAt } from './field-paths';
import type { KeyLookup } from './key-store';

/** The personal field paths of each event type. */
export type PersonalFields = Readonly<Record<string, ReadonlyArray<PersonalFieldPath>>>;

const missingKey: KeyLookup = { status: 'missing' };

/** The ids of the keys that the personal fields of `events` were encrypted with, each once. */
export const keyIdsOf = (events: ReadonlyArray<RecordedEvent>, personalFields: PersonalFields): string[] => {
  const keyIds = new Set<string>();
  for (const event of events) {
    if (event.corruption !== undefined) continue;
    for (const path of personalFields[event.type] ?? []) {
      const field = valueAt(event.data, path);
      if (isEncryptedField(field)) keyIds.add(field.keyId);
    }
  }
  return [...keyIds];
};

/**
 * `event` with its personal fields in clear, or erased where their key was destroyed,
 * using keys already looked up; unreadable (`corruption` set) when a field does not
 * decrypt or its key is missing. Synchronous, so nothing can destroy a key between
 * the lookup and its use once decryption has begun.
 */
export const decryptEvent = (event: RecordedEvent, paths: ReadonlyArray<PersonalFieldPath>, keys: ReadonlyMap<string, KeyLookup>): RecordedEvent => {
  if (event.corruption !== undefined) return event;
  const replacements: Array<readonly [PersonalFieldPath, unknown]> = [];
  for (const path of paths) {
    const field = valueAt(event.data, path);
    if (!isEncryptedField(field)) continue;
    const lookup = keys.get(field.keyId) ?? missingKey;
    if (lookup.status === 'destroyed') {
      replacements.push([path, erasedPersonalData]);
      continue;
    }
    const value =
      lookup.status === 'active'
        ? decryptField(field, { path, eventId: event.eventId }, lookup.key)
        : E.left(`the key "${field.keyId}" of its personal data is missing from the key store`);
    if (E.isLeft(value)) return { ...event, data: undefined, corruption: `The event at revision ${event.revision.toString()} of "${event.streamId}" cannot be read: ${value.left}.` };
    replacements.push([path, value.right]);
  }
  return replacements.length === 0 ? event : { ...event, data: replaceAll(event.data, replacements) };
};
