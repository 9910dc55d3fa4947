import {
  academicYearStarting,
  addDays,
  daysBetween,
  defaultHalfTermCalendar,
  englishHalfTermRule,
  halfTermDates,
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
  const { firstDay, lastDay } = halfTermDates(calendar, term);
  const day = addDays(firstDay, Math.max(0, dayOffset));
  return day > lastDay ? lastDay : day;
};

/** A day of the holiday after a half term (`dayOffset` days into it), or undefined when the calendar gives that half term no holiday after it. */
export const dayInHolidayAfter = (term: AcademicTerm, dayOffset: number, calendar: HalfTermCalendar = defaultHalfTermCalendar): CalendarDate | undefined => {
  const { lastDay } = halfTermDates(calendar, term);
  const nextFirstDay = halfTermDates(calendar, nextTerm(term)).firstDay;
  const holidayDays = daysBetween(lastDay, nextFirstDay) - 1;
  return holidayDays <= 0 ? undefined : addDays(lastDay, 1 + (Math.max(0, dayOffset) % holidayDays));
};

/**
 * A council's own term dates for the academic years from `firstStartYear` to
 * `lastStartYear`: each year's Autumn 1 starting in its first week of September, half
 * terms of five to seven weeks with holidays of three to eleven days between them, and
 * the default rule for every other year.
 */
export const halfTermCalendar = (firstStartYear = 2023, lastStartYear = 2027): fc.Arbitrary<HalfTermCalendar> => {
  const years = Array.from({ length: lastStartYear - firstStartYear + 1 }, (_, index) => firstStartYear + index);
  const datedYear = (startYear: number) =>
    fc.tuple(fc.integer({ min: 0, max: 6 }), fc.array(fc.tuple(fc.integer({ min: 35, max: 48 }), fc.integer({ min: 3, max: 11 })), { minLength: 6, maxLength: 6 })).map(([offset, spans]) => {
      let firstDay = addDays(`${startYear}-09-01`, offset);
      const halfTerms = spans.map(([length, holiday], index) => {
        const dated = { halfTerm: (index + 1) as HalfTerm, firstDay, lastDay: addDays(firstDay, length) };
        firstDay = addDays(dated.lastDay, holiday + 1);
        return dated;
      });
      return { academicYear: academicYearStarting(startYear), halfTerms };
    });
  return fc.tuple(...years.map(datedYear)).map((dated) => ({ starts: { ...englishHalfTermRule }, years: dated }));
};
