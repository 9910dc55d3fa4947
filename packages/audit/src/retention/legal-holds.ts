import { CalendarDate, ChildReference, ShortText } from '@send-hub/core';
import * as t from 'io-ts';

/**
 * An order to keep a child's records whatever the retention policy says (litigation,
 * an inquiry, a safeguarding review). While it stands, the child is not forgotten.
 */
export const LegalHold = t.intersection(
  [
    t.type({ childReference: ChildReference, placedOn: CalendarDate, placedBy: ShortText, reason: ShortText }),
    t.partial({ liftedOn: CalendarDate }),
  ],
  'a legal hold',
);
export type LegalHold = t.TypeOf<typeof LegalHold>;

/** The hold keeping this child's records on `date`, if any: placed on or before it and not lifted by then. */
export const holdOn = (holds: ReadonlyArray<LegalHold>, childReference: string, date: CalendarDate): LegalHold | undefined =>
  holds.find((hold) => hold.childReference === childReference && hold.placedOn <= date && (hold.liftedOn === undefined || hold.liftedOn > date));
