import { erasedPersonalData, type PersonalFieldPath } from '@send-hub/core';
import { either as E } from 'fp-ts';
import type { RecordedEvent } from '../port/recorded-event';
import { decryptField, isEncryptedField } from './field-encryption';
import { replaceAt, valueAt } from './field-paths';
import type { KeyLookup } from './key-store';

/** The personal field paths of each event type. */
export type PersonalFields = Readonly<Record<string, ReadonlyArray<PersonalFieldPath>>>;

/** How a read gives one personal field: in clear, or withheld (read as erased, with no key looked up). */
export interface FieldReading {
  readonly path: PersonalFieldPath;
  readonly inClear: boolean;
}

/** For each event type, how a read gives each of its personal fields. */
export type ReadingPlan = Readonly<Record<string, ReadonlyArray<FieldReading>>>;

const sameField = (left: PersonalFieldPath, right: PersonalFieldPath): boolean => left.length === right.length && left.every((key, index) => key === right[index]);

/** Every personal field in clear, or only those of `inClear`. */
export const readingPlan = (personalFields: PersonalFields, inClear?: PersonalFields): ReadingPlan =>
  Object.fromEntries(
    Object.entries(personalFields).map(([type, paths]) => [
      type,
      paths.map((path) => ({ path, inClear: inClear === undefined || (inClear[type] ?? []).some((wanted) => sameField(wanted, path)) })),
    ]),
  );

const missingKey: KeyLookup = { status: 'missing' };

/** The ids of the keys needed to give the personal fields of `events` in clear, each once. */
export const keyIdsOf = (events: ReadonlyArray<RecordedEvent>, plan: ReadingPlan): string[] => {
  const keyIds = new Set<string>();
  for (const event of events) {
    if (event.corruption !== undefined) continue;
    for (const { path, inClear } of plan[event.type] ?? []) {
      const field = inClear ? valueAt(event.data, path) : undefined;
      if (isEncryptedField(field)) keyIds.add(field.keyId);
    }
  }
  return [...keyIds];
};

/**
 * `event` with its personal fields in clear, or erased where their key was destroyed
 * or the plan withholds them, using keys already looked up; unreadable (`corruption`
 * set) when a field does not decrypt or its key is missing. Synchronous, so nothing
 * can destroy a key between the lookup and its use once decryption has begun.
 */
export const decryptEvent = (event: RecordedEvent, readings: ReadonlyArray<FieldReading>, keys: ReadonlyMap<string, KeyLookup>): RecordedEvent => {
  if (event.corruption !== undefined) return event;
  // Each field replaced as it is read: an event has one or two personal fields, and a list of them to replace afterwards cost more than the replacing.
  let data: unknown = event.data;
  let replaced = false;
  // Only an event with more than one personal field can copy an object twice.
  const copies = readings.length > 1 ? new Set<object>() : undefined;
  for (const { path, inClear } of readings) {
    const field = valueAt(event.data, path);
    if (!isEncryptedField(field)) continue;
    const lookup = inClear ? (keys.get(field.keyId) ?? missingKey) : undefined;
    let value: unknown = erasedPersonalData;
    if (lookup !== undefined && lookup.status !== 'destroyed') {
      const decrypted =
        lookup.status === 'active'
          ? decryptField(field, { path, eventId: event.eventId }, lookup.key)
          : E.left(`the key "${field.keyId}" of its personal data is missing from the key store`);
      if (E.isLeft(decrypted)) return { ...event, data: undefined, corruption: `The event at revision ${event.revision.toString()} of "${event.streamId}" cannot be read: ${decrypted.left}.` };
      value = decrypted.right;
    }
    data = replaceAt(data, path, value, copies);
    replaced = true;
  }
  return replaced ? { ...event, data } : event;
};
