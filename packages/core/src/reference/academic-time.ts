import * as t from 'io-ts';
import { type CalendarDate } from '../values/calendar-date';
import { digitsAt } from '../values/decimal-digits';
import { identityUnion } from '../values/identity-union';
import { checkedString } from '../values/patterned-string';

const slash = 47; // '/'

// "2025/26": character codes rather than a regular expression match, which allocated on every decoded meeting.
const isAcademicYear = (value: string): boolean => {
  if (value.length !== 7 || value.charCodeAt(4) !== slash) return false;
  const start = digitsAt(value, 0, 4);
  const end = digitsAt(value, 5, 7);
  return start >= 0 && end >= 0 && (start + 1) % 100 === end;
};

/** An academic year, 1 September to 31 August, written "2025/26". */
export const AcademicYear = checkedString('an academic year written like 2025/26', isAcademicYear);
export type AcademicYear = t.TypeOf<typeof AcademicYear>;

/** Half terms are numbered 1 to 6, in stored events too, so they read naturally. */
export const HalfTerm = identityUnion([t.literal(1), t.literal(2), t.literal(3), t.literal(4), t.literal(5), t.literal(6)], 'a half term (1 to 6)');
export type HalfTerm = t.TypeOf<typeof HalfTerm>;

export const halfTermLabels: Readonly<Record<HalfTerm, string>> = {
  1: 'Autumn 1',
  2: 'Autumn 2',
  3: 'Spring 1',
  4: 'Spring 2',
  5: 'Summer 1',
  6: 'Summer 2',
};

export const halfTermLabel = (halfTerm: HalfTerm): string => halfTermLabels[halfTerm];

export const academicYearStart = (year: AcademicYear): number => Number(year.slice(0, 4));

export const academicYearStarting = (startYear: number): AcademicYear =>
  `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;

/** The academic year a business date falls in. */
export const academicYearOf = (date: CalendarDate): AcademicYear => {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return academicYearStarting(month >= 9 ? year : year - 1);
};

export const isWithinAcademicYear = (date: CalendarDate, year: AcademicYear): boolean => academicYearOf(date) === year;

export const AcademicTerm = t.type({ academicYear: AcademicYear, halfTerm: HalfTerm }, 'an academic year and half term');
export type AcademicTerm = t.TypeOf<typeof AcademicTerm>;

/** A number that orders half terms across years: later terms have larger numbers, consecutive ones differ by 1. */
export const termOrdinal = (term: AcademicTerm): number => academicYearStart(term.academicYear) * 6 + term.halfTerm - 1;

export const termFromOrdinal = (ordinal: number): AcademicTerm => ({
  academicYear: academicYearStarting(Math.floor(ordinal / 6)),
  halfTerm: ((ordinal % 6) + 1) as HalfTerm,
});

/** The half term of "the next meeting": after Summer 2 comes Autumn 1 of the following year. */
export const nextTerm = (term: AcademicTerm): AcademicTerm => termFromOrdinal(termOrdinal(term) + 1);

export const compareTerms = (left: AcademicTerm, right: AcademicTerm): number => termOrdinal(left) - termOrdinal(right);

export const describeTerm = (term: AcademicTerm): string => `${halfTermLabel(term.halfTerm)} ${term.academicYear}`;
