import * as t from 'io-ts';
import { exact } from '../validation/exact-object';
import { addDays, type CalendarDate } from '../values/calendar-date';
import { checkedString } from '../values/patterned-string';
import { academicYearOf, academicYearStart, nextTerm, type AcademicTerm, type AcademicYear, type HalfTerm } from './academic-time';
import { DatedAcademicYears, type DatedAcademicYear } from './dated-half-terms';
import { englishTermDates } from './english-term-dates';

/** A month's position in the academic year: September is 0, August is 11. */
const academicMonthIndex = (month: number): number => (month + 3) % 12;

const daysInMonth = (month: number): number => new Date(Date.UTC(2001, month, 0)).getUTCDate();

const isMonthDay = (value: string): boolean => {
  const match = /^(\d{2})-(\d{2})$/.exec(value);
  if (match === null) return false;
  const month = Number(match[1]);
  const day = Number(match[2]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(month);
};

/** A day of the year written "MM-DD" (29 February is not allowed: it does not exist every year). */
export const MonthDay = checkedString('a month and day written MM-DD', isMonthDay);
export type MonthDay = t.TypeOf<typeof MonthDay>;

/** Orders days within an academic year: 1 September first, 31 August last. */
const academicDayKey = (monthDay: string): number => academicMonthIndex(Number(monthDay.slice(0, 2))) * 100 + Number(monthDay.slice(3, 5));

const HalfTermStarts = t.type(
  { autumn2: MonthDay, spring1: MonthDay, spring2: MonthDay, summer1: MonthDay, summer2: MonthDay },
  'the first days of Autumn 2, Spring 1, Spring 2, Summer 1 and Summer 2',
);

const startsInOrder = (starts: t.TypeOf<typeof HalfTermStarts>): boolean => {
  const keys = ['09-01', starts.autumn2, starts.spring1, starts.spring2, starts.summer1, starts.summer2].map(academicDayKey);
  return keys.every((key, index) => index === 0 || key > (keys[index - 1] ?? Infinity));
};

/**
 * A council's term dates: which dates belong to which half term. Councils publish their
 * own, and they move from year to year, so both parts are configuration:
 * - `years`: each academic year's six half terms as published (first and last school
 *   days); the days between them are holidays, in which no hub meets;
 * - `starts`: the rule for years not listed: Autumn 1 starts on 1 September and each
 *   other half term on the day given, running to the day before the next one starts
 *   (no holidays).
 * A fact that carries a date but no meeting (a referral, a consent, a closure) belongs
 * to the half term it falls in, or, in a holiday, to the half term just ended.
 */
export const HalfTermCalendar = exact(
  t.intersection(
    [
      t.type({ starts: t.refinement(HalfTermStarts, startsInOrder, 'half term start days in academic-year order, all after 1 September') }),
      t.partial({ years: DatedAcademicYears }),
    ],
    'a half term calendar',
  ),
);
export type HalfTermCalendar = t.TypeOf<typeof HalfTermCalendar>;

/** Autumn 1 = 1 Sep–31 Oct, Autumn 2 = 1 Nov–31 Dec, Spring 1 = 1 Jan–14 Feb, Spring 2 = 15 Feb–31 Mar, Summer 1 = 1 Apr–31 May, Summer 2 = 1 Jun–31 Aug. */
export const englishHalfTermRule: HalfTermCalendar['starts'] = { autumn2: '11-01', spring1: '01-01', spring2: '02-15', summer1: '04-01', summer2: '06-01' };

/** English schools' typical term dates for the years listed (see `englishTermDates`), and the rule for every other year. */
export const defaultHalfTermCalendar: HalfTermCalendar = { starts: englishHalfTermRule, years: englishTermDates };

const startsOf = (calendar: HalfTermCalendar): ReadonlyArray<string> => {
  const { starts } = calendar;
  return ['09-01', starts.autumn2, starts.spring1, starts.spring2, starts.summer1, starts.summer2];
};

const ruleStartDate = (calendar: HalfTermCalendar, term: AcademicTerm): CalendarDate => {
  const monthDay = startsOf(calendar)[term.halfTerm - 1] ?? '09-01';
  const year = academicYearStart(term.academicYear) + (Number(monthDay.slice(0, 2)) >= 9 ? 0 : 1);
  return `${year}-${monthDay}`;
};

const datedYearOf = (calendar: HalfTermCalendar, academicYear: AcademicYear): DatedAcademicYear | undefined =>
  calendar.years?.find((year) => year.academicYear === academicYear);

/** Whether the calendar dates the academic year's half terms as published (else the month-and-day rule gives them). */
export const isDatedAcademicYear = (calendar: HalfTermCalendar, academicYear: AcademicYear): boolean => datedYearOf(calendar, academicYear) !== undefined;

/** The first and last days of a half term: as published for a dated year, else by the rule (to the day before the next starts). */
export const halfTermDates = (calendar: HalfTermCalendar, term: AcademicTerm): { readonly firstDay: CalendarDate; readonly lastDay: CalendarDate } => {
  const dated = datedYearOf(calendar, term.academicYear)?.halfTerms[term.halfTerm - 1];
  if (dated !== undefined) return { firstDay: dated.firstDay, lastDay: dated.lastDay };
  const next = nextTerm(term);
  const lastDay = term.halfTerm === 6 ? `${academicYearStart(next.academicYear)}-08-31` : addDays(ruleStartDate(calendar, next), -1);
  return { firstDay: ruleStartDate(calendar, term), lastDay };
};

/** The first day of a half term under the calendar. */
export const halfTermStartDate = (calendar: HalfTermCalendar, term: AcademicTerm): CalendarDate => halfTermDates(calendar, term).firstDay;

/** Whether a date is one of the half term's days (not a holiday before or after it): where its meeting may be held. */
export const isWithinHalfTerm = (calendar: HalfTermCalendar, term: AcademicTerm, date: CalendarDate): boolean => {
  const { firstDay, lastDay } = halfTermDates(calendar, term);
  return firstDay <= date && date <= lastDay;
};

/** The half term (academic year and number) a business date falls in; a holiday's date falls in the half term before it. */
export const halfTermOfDate = (calendar: HalfTermCalendar, date: CalendarDate): AcademicTerm => {
  const academicYear = academicYearOf(date);
  const dated = datedYearOf(calendar, academicYear);
  if (dated !== undefined) {
    let halfTerm = 1;
    dated.halfTerms.forEach((half, index) => {
      if (index > 0 && date >= half.firstDay) halfTerm = index + 1;
    });
    return { academicYear, halfTerm: halfTerm as HalfTerm };
  }
  const key = academicDayKey(date.slice(5, 10));
  const startKeys = startsOf(calendar).map(academicDayKey);
  let halfTerm = 1;
  for (let index = 1; index < startKeys.length; index += 1) if (key >= (startKeys[index] ?? Infinity)) halfTerm = index + 1;
  return { academicYear, halfTerm: halfTerm as HalfTerm };
};

/** Whether a date is a school day of its half term under the calendar, not a holiday between half terms. */
export const isSchoolDay = (calendar: HalfTermCalendar, date: CalendarDate): boolean => isWithinHalfTerm(calendar, halfTermOfDate(calendar, date), date);

/** The date itself if it is a school day, else the first day of the half term after the holiday it falls in. */
export const schoolDayOnOrAfter = (calendar: HalfTermCalendar, date: CalendarDate): CalendarDate => {
  const term = halfTermOfDate(calendar, date);
  const { firstDay, lastDay } = halfTermDates(calendar, term);
  if (date < firstDay) return firstDay;
  return date > lastDay ? halfTermStartDate(calendar, nextTerm(term)) : date;
};

/** The calendar months (1 for January to 12 for December) holding the half term's school days, in order. */
export const monthsOfHalfTerm = (calendar: HalfTermCalendar, term: AcademicTerm): ReadonlyArray<number> => {
  const { firstDay, lastDay } = halfTermDates(calendar, term);
  const months: number[] = [];
  for (let day = `${firstDay.slice(0, 7)}-01`; day <= lastDay; day = `${addDays(day, 32).slice(0, 8)}01`) months.push(Number(day.slice(5, 7)));
  return months;
};
