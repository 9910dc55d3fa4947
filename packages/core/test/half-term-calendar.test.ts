import { describeValidationErrors } from '@send-hub/event-store';
import { either as E } from 'fp-ts';
import {
  defaultHalfTermCalendar,
  describeTerm,
  englishHalfTermRule,
  englishTermDates,
  HalfTermCalendar,
  halfTermDates,
  halfTermOfDate,
  halfTermStartDate,
  HubConfiguration,
  isDatedAcademicYear,
  isSchoolDay,
  isWithinHalfTerm,
  monthsOfHalfTerm,
  schoolDayOnOrAfter,
  staffordshireConfiguration,
} from '../src';

const year2025 = defaultHalfTermCalendar.years?.find((year) => year.academicYear === '2025/26');
const withHalfTerms = (changes: Partial<Record<number, { firstDay?: string; lastDay?: string; halfTerm?: number }>>): unknown => ({
  starts: englishHalfTermRule,
  years: [{ academicYear: '2025/26', halfTerms: (year2025?.halfTerms ?? []).map((half, index) => ({ ...half, ...changes[index] })) }],
});
const problemsOf = (input: unknown): ReadonlyArray<string> => {
  const decoded = HalfTermCalendar.decode(input);
  return E.isLeft(decoded) ? describeValidationErrors(decoded.left) : [];
};

describe('the default half term calendar: English term dates for the years it lists', () => {
  it.each([
    ['2025-09-01', 'Autumn 1 2025/26'],
    ['2025-10-24', 'Autumn 1 2025/26'],
    // The October half-term holiday belongs to the half term just ended, for facts dated in it.
    ['2025-10-28', 'Autumn 1 2025/26'],
    ['2025-11-03', 'Autumn 2 2025/26'],
    ['2026-01-02', 'Autumn 2 2025/26'],
    ['2026-01-05', 'Spring 1 2025/26'],
    ['2026-02-23', 'Spring 2 2025/26'],
    ['2026-04-13', 'Summer 1 2025/26'],
    ['2026-06-01', 'Summer 2 2025/26'],
    ['2026-08-31', 'Summer 2 2025/26'],
  ])('puts %s in %s', (date, term) => {
    expect(describeTerm(halfTermOfDate(defaultHalfTermCalendar, date))).toBe(term);
  });

  it('says which academic years it dates as published, and which the rule gives', () => {
    expect(englishTermDates.every((year) => isDatedAcademicYear(defaultHalfTermCalendar, year.academicYear))).toBe(true);
    expect(isDatedAcademicYear(defaultHalfTermCalendar, '2040/41')).toBe(false);
    expect(isDatedAcademicYear({ starts: englishHalfTermRule }, englishTermDates[0]?.academicYear ?? '2025/26')).toBe(false);
  });

  it('gives each half term its first and last school days; the days between are holidays', () => {
    expect(halfTermDates(defaultHalfTermCalendar, { academicYear: '2025/26', halfTerm: 1 })).toEqual({ firstDay: '2025-09-03', lastDay: '2025-10-24' });
    expect(halfTermStartDate(defaultHalfTermCalendar, { academicYear: '2025/26', halfTerm: 4 })).toBe('2026-02-23');
    expect(isWithinHalfTerm(defaultHalfTermCalendar, { academicYear: '2025/26', halfTerm: 1 }, '2025-10-24')).toBe(true);
    expect(isWithinHalfTerm(defaultHalfTermCalendar, { academicYear: '2025/26', halfTerm: 1 }, '2025-10-27')).toBe(false);
    expect(isWithinHalfTerm(defaultHalfTermCalendar, { academicYear: '2025/26', halfTerm: 2 }, '2025-10-27')).toBe(false);
  });

  it('tells school days from holidays, and finds the next school day after a holiday', () => {
    expect(isSchoolDay(defaultHalfTermCalendar, '2025-12-19')).toBe(true);
    expect(isSchoolDay(defaultHalfTermCalendar, '2025-12-22')).toBe(false);
    expect(isSchoolDay(defaultHalfTermCalendar, '2025-09-02')).toBe(false);
    expect(schoolDayOnOrAfter(defaultHalfTermCalendar, '2025-12-19')).toBe('2025-12-19');
    expect(schoolDayOnOrAfter(defaultHalfTermCalendar, '2025-12-22')).toBe('2026-01-05');
    expect(schoolDayOnOrAfter(defaultHalfTermCalendar, '2025-09-01')).toBe('2025-09-03');
    expect(schoolDayOnOrAfter(defaultHalfTermCalendar, '2026-08-05')).toBe('2026-09-02');
  });

  it('names the calendar months that hold a half term’s school days, where a monthly group may meet for it', () => {
    expect(monthsOfHalfTerm(defaultHalfTermCalendar, { academicYear: '2025/26', halfTerm: 1 })).toEqual([9, 10]);
    expect(monthsOfHalfTerm(defaultHalfTermCalendar, { academicYear: '2025/26', halfTerm: 4 })).toEqual([2, 3]);
    expect(monthsOfHalfTerm(defaultHalfTermCalendar, { academicYear: '2025/26', halfTerm: 6 })).toEqual([6, 7]);
    expect(monthsOfHalfTerm(defaultHalfTermCalendar, { academicYear: '2031/32', halfTerm: 6 })).toEqual([6, 7, 8]);
  });

  it('follows the month-and-day rule in a year it does not list, with no holidays', () => {
    expect(describeTerm(halfTermOfDate(defaultHalfTermCalendar, '2031-11-01'))).toBe('Autumn 2 2031/32');
    expect(describeTerm(halfTermOfDate(defaultHalfTermCalendar, '2032-02-15'))).toBe('Spring 2 2031/32');
    expect(halfTermDates(defaultHalfTermCalendar, { academicYear: '2031/32', halfTerm: 1 })).toEqual({ firstDay: '2031-09-01', lastDay: '2031-10-31' });
    expect(halfTermDates(defaultHalfTermCalendar, { academicYear: '2031/32', halfTerm: 6 })).toEqual({ firstDay: '2032-06-01', lastDay: '2032-08-31' });
  });

  it('is the default configuration’s, and a configuration decodes with it', () => {
    expect(staffordshireConfiguration.halfTermCalendar).toBe(defaultHalfTermCalendar);
    expect(HubConfiguration.is(staffordshireConfiguration)).toBe(true);
    expect(HalfTermCalendar.is(defaultHalfTermCalendar)).toBe(true);
  });
});

describe('a council’s own half term calendar', () => {
  it('follows other month-and-day boundaries', () => {
    const calendar: HalfTermCalendar = { starts: { autumn2: '10-27', spring1: '01-05', spring2: '02-23', summer1: '04-13', summer2: '06-01' } };
    expect(halfTermOfDate(calendar, '2025-10-27').halfTerm).toBe(2);
    expect(halfTermOfDate(calendar, '2026-01-04').halfTerm).toBe(2);
    expect(halfTermOfDate(calendar, '2026-02-22').halfTerm).toBe(3);
  });

  it('refuses start days out of order or that do not exist', () => {
    expect(HalfTermCalendar.is({ starts: { ...englishHalfTermRule, spring1: '03-01' } })).toBe(false);
    expect(HalfTermCalendar.is({ starts: { ...englishHalfTermRule, summer2: '02-30' } })).toBe(false);
  });

  it('refuses half terms that overlap, naming the field and both dates', () => {
    expect(problemsOf(withHalfTerms({ 2: { firstDay: '2025-12-18' } }))).toEqual([
      'years[0].halfTerms[2].firstDay: Spring 1 2025/26 starts on 18 December 2025, before Autumn 2 2025/26 ends on 19 December 2025',
    ]);
  });

  it('refuses a half term that ends before it starts, one outside its academic year, and one out of order', () => {
    expect(problemsOf(withHalfTerms({ 0: { lastDay: '2025-09-01' } }))).toEqual(['years[0].halfTerms[0].lastDay: Autumn 1 2025/26 ends on 1 September 2025, before it starts on 3 September 2025']);
    expect(problemsOf(withHalfTerms({ 5: { lastDay: '2026-09-02' } }))).toEqual(['years[0].halfTerms[5].lastDay: 2 September 2026 is not in the academic year 2025/26']);
    expect(problemsOf(withHalfTerms({ 1: { halfTerm: 3 } }))).toEqual(['years[0].halfTerms[1].halfTerm: half term 3 is in the place of Autumn 2 2025/26: list the half terms in order, 1 to 6']);
  });

  it('refuses a year with other than six half terms, and years out of order', () => {
    expect(problemsOf({ starts: englishHalfTermRule, years: [{ academicYear: '2025/26', halfTerms: year2025?.halfTerms.slice(0, 5) }] })).toEqual([
      'years[0].halfTerms: 2025/26 gives 5 half terms, not six (Autumn 1 to Summer 2)',
    ]);
    const [first, second] = defaultHalfTermCalendar.years ?? [];
    expect(problemsOf({ starts: englishHalfTermRule, years: [second, first] })).toEqual([
      `years[1].academicYear: ${first?.academicYear ?? ''} comes after ${second?.academicYear ?? ''}: list each academic year once, earliest first`,
    ]);
  });

  it('refuses a field no calendar has', () => {
    expect(problemsOf({ starts: englishHalfTermRule, holidays: [] })).toEqual(['holidays: not a field of a half term calendar']);
  });
});
