import { CalendarDate, checkedString, formatCalendarDate, formatInstant } from '@send-hub/core';
import * as t from 'io-ts';

/** A moment written in ISO 8601 with a time zone, as `recordedAt` is (for example 2025-10-03T09:15:00.000Z). */
export const Instant = checkedString('a date and time written like 2025-10-03T09:15:00Z', (value) => /T.*(Z|[+-]\d{2}:\d{2})$/.test(value) && !Number.isNaN(Date.parse(value)));
export type Instant = t.TypeOf<typeof Instant>;

/**
 * The two kinds of "as of", usable together. `occurredOn`: what had happened by that
 * business date (as the hub knows it now). `recordedAt`: what the hub knew at that
 * moment, leaving out events recorded later, even ones about earlier days.
 */
export const AsOf = t.partial({ occurredOn: CalendarDate, recordedAt: Instant }, 'an "as of" (occurredOn, recordedAt or both)');
export type AsOf = t.TypeOf<typeof AsOf>;

export const isVisibleAsOf = (asOf: AsOf, occurredOn: CalendarDate, recordedAt: string): boolean =>
  (asOf.occurredOn === undefined || occurredOn <= asOf.occurredOn) &&
  (asOf.recordedAt === undefined || Date.parse(recordedAt) <= Date.parse(asOf.recordedAt));

/** Kept here too, where the replay first worded its times; the formatter itself is core's. */
export { formatInstant } from '@send-hub/core';

export const describeAsOf = (asOf: AsOf): string => {
  const parts: string[] = [];
  if (asOf.occurredOn !== undefined) parts.push(`what had happened by ${formatCalendarDate(asOf.occurredOn)}`);
  if (asOf.recordedAt !== undefined) parts.push(`as the hub knew it on ${formatInstant(asOf.recordedAt)}`);
  return parts.length === 0 ? 'everything recorded' : parts.join(', ');
};
