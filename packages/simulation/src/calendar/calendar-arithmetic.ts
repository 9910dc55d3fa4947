import { addDays, type CalendarDate } from '@send-hub/core';

/** 0 is Sunday, 6 is Saturday. */
export const dayOfWeek = (date: CalendarDate): number => new Date(`${date}T00:00:00Z`).getUTCDay();

export const isWeekend = (date: CalendarDate): boolean => {
  const day = dayOfWeek(date);
  return day === 0 || day === 6;
};

/** The date itself on a weekday; the Monday after a weekend day. */
export const weekdayOnOrAfter = (date: CalendarDate): CalendarDate => {
  const day = dayOfWeek(date);
  return day === 6 ? addDays(date, 2) : day === 0 ? addDays(date, 1) : date;
};

/** The date itself on a weekday; the Friday before a weekend day. */
export const weekdayOnOrBefore = (date: CalendarDate): CalendarDate => {
  const day = dayOfWeek(date);
  return day === 6 ? addDays(date, -1) : day === 0 ? addDays(date, -2) : date;
};

export const laterOf = (left: CalendarDate, right: CalendarDate): CalendarDate => (left > right ? left : right);
export const earlierOf = (left: CalendarDate, right: CalendarDate): CalendarDate => (left < right ? left : right);

/** Midnight at the start of a business date, in milliseconds since 1970 (UTC). */
export const startOfDay = (date: CalendarDate): number => Date.parse(`${date}T00:00:00Z`);
