import { academicYearStart, addDays, halfTermDates, halfTermStartDate, isDatedAcademicYear, nextTerm, type AcademicTerm, type CalendarDate, type HalfTermCalendar } from '@send-hub/core';
import { earlierOf, laterOf, weekdayOnOrAfter, weekdayOnOrBefore } from './calendar-arithmetic';

/**
 * The school days of a half term in which referrals arrive and its hub meets: from its
 * first day to its last school day, as the council's term dates give them. In a year the
 * calendar does not date, the month-and-day rule runs Summer 2 to 31 August and Autumn 2
 * to 31 December with no holidays, so the window starts on the third of September for
 * Autumn 1, once pupils are back, and ends around 20 July and 19 December, when schools
 * break up.
 */
export interface TermWindow {
  readonly term: AcademicTerm;
  readonly firstDay: CalendarDate;
  readonly lastSchoolDay: CalendarDate;
  /** The day before the next half term starts: nothing of this half term is dated later. */
  readonly lastDay: CalendarDate;
}

const breakUpDay = (term: AcademicTerm): CalendarDate | undefined => {
  const startYear = academicYearStart(term.academicYear);
  if (term.halfTerm === 2) return `${startYear}-12-19`;
  if (term.halfTerm === 6) return `${startYear + 1}-07-20`;
  return undefined;
};

export const termWindow = (calendar: HalfTermCalendar, term: AcademicTerm): TermWindow => {
  const { firstDay: start, lastDay: lastOfHalfTerm } = halfTermDates(calendar, term);
  const lastDay = addDays(halfTermStartDate(calendar, nextTerm(term)), -1);
  const dated = isDatedAcademicYear(calendar, term.academicYear);
  const firstDay = weekdayOnOrAfter(term.halfTerm === 1 && !dated ? addDays(start, 2) : start);
  const breakUp = dated ? undefined : breakUpDay(term);
  const lastSchoolDay = weekdayOnOrBefore(breakUp === undefined ? lastOfHalfTerm : earlierOf(lastOfHalfTerm, breakUp));
  // A council's own calendar could make a half term shorter than a week: fall back to its whole length.
  return lastSchoolDay < firstDay ? { term, firstDay: start, lastSchoolDay: lastOfHalfTerm, lastDay } : { term, firstDay, lastSchoolDay: laterOf(lastSchoolDay, firstDay), lastDay };
};
