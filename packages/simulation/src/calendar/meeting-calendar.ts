import { addDays, halfTermStartDate, type AcademicTerm, type CalendarDate, type HalfTermCalendar } from '@send-hub/core';
import { dayOfWeek, earlierOf } from './calendar-arithmetic';
import type { TermWindow } from './term-window';

/** A hub meets about four to five weeks into the half term, once referrals have had time to gather consent. */
export const weeksIntoHalfTerm = 4;

/**
 * The date a district's hub meets in a half term: the first of the district's usual
 * weekday (Monday to Thursday, by its place in the list, so neighbouring districts' officers
 * are not double-booked) on or after four weeks in, kept within the half term's school days.
 */
export const meetingDate = (calendar: HalfTermCalendar, window: TermWindow, term: AcademicTerm, districtIndex: number): CalendarDate => {
  const usualWeekday = 1 + (districtIndex % 4);
  const earliest = addDays(halfTermStartDate(calendar, term), weeksIntoHalfTerm * 7);
  const offset = (usualWeekday - dayOfWeek(earliest) + 7) % 7;
  return earlierOf(addDays(earliest, offset), window.lastSchoolDay);
};
