import type * as t from 'io-ts';
import { checkedString } from './patterned-string';

const isCalendarDate = (value: string): boolean => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
};

/**
 * A business date (YYYY-MM-DD): the day something happened in the hub's world, as
 * opposed to when it was recorded. Dates in this form compare correctly as strings.
 */
export const CalendarDate = checkedString('a calendar date written YYYY-MM-DD', isCalendarDate);
export type CalendarDate = t.TypeOf<typeof CalendarDate>;

const millisecondsPerDay = 86_400_000;

export const daysBetween = (from: CalendarDate, to: CalendarDate): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / millisecondsPerDay);

export const addDays = (date: CalendarDate, days: number): CalendarDate =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * millisecondsPerDay).toISOString().slice(0, 10);

/** Formats a business date for people: "3 October 2025". */
export const formatCalendarDate = (date: CalendarDate): string =>
  new Date(`${date}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
