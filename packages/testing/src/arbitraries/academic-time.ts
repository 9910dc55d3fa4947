import {
  academicYearStarting,
  addDays,
  daysBetween,
  defaultHalfTermCalendar,
  halfTermStartDate,
  nextTerm,
  termFromOrdinal,
  termOrdinal,
  type AcademicTerm,
  type AcademicYear,
  type CalendarDate,
  type HalfTerm,
  type HalfTermCalendar,
} from '@send-hub/core';
import * as fc from 'fast-check';
import { plainRecord } from './plain-record';

export interface DateRange {
  /** The earliest date, included. */
  readonly from?: CalendarDate;
  /** The latest date, included. */
  readonly to?: CalendarDate;
}

const defaultFrom = '2020-09-01';
const defaultTo = '2030-08-31';

/** A business date (YYYY-MM-DD) from `from` to `to`, both included. */
export const calendarDate = (range: DateRange = {}): fc.Arbitrary<CalendarDate> => {
  const from = range.from ?? defaultFrom;
  const to = range.to ?? defaultTo;
  const span = daysBetween(from, to);
  if (span < 0) throw new RangeError(`calendarDate: the range is empty (${from} is after ${to}).`);
  return fc.integer({ min: 0, max: span }).map((days) => addDays(from, days));
};

/** An academic year ("2025/26") starting in a year from `firstStartYear` to `lastStartYear`. */
export const academicYear = (firstStartYear = 2020, lastStartYear = 2030): fc.Arbitrary<AcademicYear> =>
  fc.integer({ min: firstStartYear, max: lastStartYear }).map(academicYearStarting);

export const halfTerm = (): fc.Arbitrary<HalfTerm> => fc.constantFrom<HalfTerm>(1, 2, 3, 4, 5, 6);

/** An academic year and half term ("Autumn 1 2025/26"). */
export const academicTerm = (firstStartYear = 2020, lastStartYear = 2030): fc.Arbitrary<AcademicTerm> =>
  plainRecord({ academicYear: academicYear(firstStartYear, lastStartYear), halfTerm: halfTerm() });

/** The term `count` half terms after `term` (Summer 2 is followed by Autumn 1 of the next year). */
export const termsAfter = (term: AcademicTerm, count: number): AcademicTerm => termFromOrdinal(termOrdinal(term) + count);

/**
 * A day inside a half term: `dayOffset` days after its first day, but never past its
 * last day, so a meeting's date falls in the meeting's half term.
 */
export const dayInTerm = (term: AcademicTerm, dayOffset: number, calendar: HalfTermCalendar = defaultHalfTermCalendar): CalendarDate => {
  const start = halfTermStartDate(calendar, term);
  const lastDay = addDays(halfTermStartDate(calendar, nextTerm(term)), -1);
  const day = addDays(start, Math.max(0, dayOffset));
  return day > lastDay ? lastDay : day;
};
