import { defaultHalfTermCalendar, describeTerm, HalfTermCalendar, halfTermOfDate, halfTermStartDate } from '../src';

describe('the half term calendar', () => {
  it.each([
    ['2025-09-01', 'Autumn 1 2025/26'],
    ['2025-10-31', 'Autumn 1 2025/26'],
    ['2025-11-01', 'Autumn 2 2025/26'],
    ['2025-12-31', 'Autumn 2 2025/26'],
    ['2026-01-01', 'Spring 1 2025/26'],
    ['2026-02-14', 'Spring 1 2025/26'],
    ['2026-02-15', 'Spring 2 2025/26'],
    ['2026-03-31', 'Spring 2 2025/26'],
    ['2026-04-01', 'Summer 1 2025/26'],
    ['2026-05-31', 'Summer 1 2025/26'],
    ['2026-06-01', 'Summer 2 2025/26'],
    ['2026-08-31', 'Summer 2 2025/26'],
  ])('puts %s in %s by default', (date, term) => {
    expect(describeTerm(halfTermOfDate(defaultHalfTermCalendar, date))).toBe(term);
  });

  it('gives the first day of each half term, in the right calendar year', () => {
    expect(halfTermStartDate(defaultHalfTermCalendar, { academicYear: '2025/26', halfTerm: 1 })).toBe('2025-09-01');
    expect(halfTermStartDate(defaultHalfTermCalendar, { academicYear: '2025/26', halfTerm: 2 })).toBe('2025-11-01');
    expect(halfTermStartDate(defaultHalfTermCalendar, { academicYear: '2025/26', halfTerm: 4 })).toBe('2026-02-15');
  });

  it('follows a council calendar with other boundaries', () => {
    const calendar: HalfTermCalendar = { starts: { autumn2: '10-27', spring1: '01-05', spring2: '02-23', summer1: '04-13', summer2: '06-01' } };
    expect(halfTermOfDate(calendar, '2025-10-27').halfTerm).toBe(2);
    expect(halfTermOfDate(calendar, '2026-01-04').halfTerm).toBe(2);
    expect(halfTermOfDate(calendar, '2026-02-22').halfTerm).toBe(3);
  });

  it('refuses start days out of order or that do not exist', () => {
    expect(HalfTermCalendar.is({ starts: { ...defaultHalfTermCalendar.starts, spring1: '03-01' } })).toBe(false);
    expect(HalfTermCalendar.is({ starts: { ...defaultHalfTermCalendar.starts, summer2: '02-30' } })).toBe(false);
    expect(HalfTermCalendar.is(defaultHalfTermCalendar)).toBe(true);
  });
});
