import * as t from 'io-ts';
import { type CalendarDate } from '../values/calendar-date';
import { checkedString } from '../values/patterned-string';
import { academicYearOf, academicYearStart, type AcademicTerm, type HalfTerm } from './academic-time';

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
 * Which half term a business date falls in, for facts that carry a date but no meeting
 * (referrals, consents, escalations, closures). Councils set their own term dates, so
 * the boundaries are configuration. Autumn 1 always starts on 1 September, the first
 * day of the academic year; each other half term starts on the day given and runs to
 * the day before the next one starts.
 */
export const HalfTermCalendar = t.type(
  {
    starts: t.refinement(HalfTermStarts, startsInOrder, 'half term start days in academic-year order, all after 1 September'),
  },
  'a half term calendar',
);
export type HalfTermCalendar = t.TypeOf<typeof HalfTermCalendar>;

/** Autumn 1 = 1 Sep–31 Oct, Autumn 2 = 1 Nov–31 Dec, Spring 1 = 1 Jan–14 Feb, Spring 2 = 15 Feb–31 Mar, Summer 1 = 1 Apr–31 May, Summer 2 = 1 Jun–31 Aug. */
export const defaultHalfTermCalendar: HalfTermCalendar = {
  starts: { autumn2: '11-01', spring1: '01-01', spring2: '02-15', summer1: '04-01', summer2: '06-01' },
};

const startsOf = (calendar: HalfTermCalendar): ReadonlyArray<string> => {
  const { starts } = calendar;
  return ['09-01', starts.autumn2, starts.spring1, starts.spring2, starts.summer1, starts.summer2];
};

/** The half term (academic year and number) a business date falls in. */
export const halfTermOfDate = (calendar: HalfTermCalendar, date: CalendarDate): AcademicTerm => {
  const key = academicDayKey(date.slice(5, 10));
  const startKeys = startsOf(calendar).map(academicDayKey);
  let halfTerm = 1;
  for (let index = 1; index < startKeys.length; index += 1) if (key >= (startKeys[index] ?? Infinity)) halfTerm = index + 1;
  return { academicYear: academicYearOf(date), halfTerm: halfTerm as HalfTerm };
};

/** The first day of a half term under the calendar. */
export const halfTermStartDate = (calendar: HalfTermCalendar, term: AcademicTerm): CalendarDate => {
  const monthDay = startsOf(calendar)[term.halfTerm - 1] ?? '09-01';
  const year = academicYearStart(term.academicYear) + (Number(monthDay.slice(0, 2)) >= 9 ? 0 : 1);
  return `${year}-${monthDay}`;
};
