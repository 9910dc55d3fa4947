import * as t from 'io-ts';
import { CalendarDate } from '../values/calendar-date';
import { ChildReference, ShortText } from '../values/identifiers';
import { exactType } from '../validation/exact-object';

/**
 * The record that a child's personal data was erased (their key destroyed): who did
 * it, when and why. Kept in a stream of its own so read models holding personal
 * fields can purge them, while the case histories stay whole and verifiable.
 */
export const PersonalDataErased = exactType(
  {
    type: t.literal('PersonalDataErased'),
    childReference: ChildReference,
    occurredOn: CalendarDate,
    erasedBy: ShortText,
    reason: ShortText,
  },
  'a PersonalDataErased event',
);
export type PersonalDataErased = t.TypeOf<typeof PersonalDataErased>;

export const personalDataErasedSchemaVersion = 1;
export const erasureStreamPrefix = 'erasure-';
export const erasureStreamId = (childReference: string): string => `${erasureStreamPrefix}${childReference}`;
