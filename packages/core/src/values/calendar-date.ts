import type * as t from 'io-ts';
import { digitsAt } from './decimal-digits';
import { checkedString } from './patterned-string';

const hyphen = 45; // '-'

const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

const daysInMonth = (year: number, month: number): number => {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
};

// Arithmetic rather than `new Date(...).toISOString()`: every decoded event checks its dates,
// and building a Date was the single largest cost of decoding. The proleptic Gregorian
// calendar (years 0000 to 9999) matches what the Date-based check accepted; a property
// test holds the two to the same answers.
const isCalendarDate = (value: string): boolean => {
  if (value.length !== 10 || value.charCodeAt(4) !== hyphen || value.charCodeAt(7) !== hyphen) return false;
  const year = digitsAt(value, 0, 4);
  const month = digitsAt(value, 5, 7);
  const day = digitsAt(value, 8, 10);
  if (year < 0 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
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
