import { academicYearStart, addDays, halfTermStartDate, nextTerm, type AcademicTerm, type CalendarDate, type HalfTermCalendar } from '@send-hub/core';
import { earlierOf, laterOf, weekdayOnOrAfter, weekdayOnOrBefore } from './calendar-arithmetic';

/**
 * The school days of a half term in which referrals arrive: from its first day (the
 * third of September for Autumn 1, once pupils are back) to its last school day. The
 * half-term calendar runs Summer 2 to 31 August and Autumn 2 to 31 December, but
 * schools break up around 20 July and 19 December, so nothing is referred after those.
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
  const start = halfTermStartDate(calendar, term);
  const lastDay = addDays(halfTermStartDate(calendar, nextTerm(term)), -1);
  const firstDay = weekdayOnOrAfter(term.halfTerm === 1 ? addDays(start, 2) : start);
  const breakUp = breakUpDay(term);
  const lastSchoolDay = weekdayOnOrBefore(breakUp === undefined ? lastDay : earlierOf(lastDay, breakUp));
  // A council's own calendar could make a half term shorter than a week: fall back to its whole length.
  return lastSchoolDay < firstDay ? { term, firstDay: start, lastSchoolDay: lastDay, lastDay } : { term, firstDay, lastSchoolDay: laterOf(lastSchoolDay, firstDay), lastDay };
};
