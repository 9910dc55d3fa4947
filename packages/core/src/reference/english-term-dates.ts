import type { CalendarDate } from '../values/calendar-date';
import type { HalfTerm } from './academic-time';
import type { DatedAcademicYear } from './dated-half-terms';

type SixHalfTerms = readonly [CalendarDate, CalendarDate, CalendarDate, CalendarDate, CalendarDate, CalendarDate, CalendarDate, CalendarDate, CalendarDate, CalendarDate, CalendarDate, CalendarDate];

const year = (academicYear: string, days: SixHalfTerms): DatedAcademicYear => ({
  academicYear,
  halfTerms: [0, 1, 2, 3, 4, 5].map((index) => ({ halfTerm: (index + 1) as HalfTerm, firstDay: days[index * 2] ?? '', lastDay: days[index * 2 + 1] ?? '' })),
});

/**
 * Typical term dates of English maintained schools, first and last school day of each
 * half term: a week's break at the end of October, February and May, two weeks at
 * Christmas and at Easter, six weeks in summer. A council replaces them with the dates
 * it publishes (`HubConfiguration.halfTermCalendar`); years not listed follow the rule.
 */
export const englishTermDates: DatedAcademicYear[] = [
  year('2023/24', ['2023-09-04', '2023-10-27', '2023-11-06', '2023-12-20', '2024-01-04', '2024-02-09', '2024-02-19', '2024-03-28', '2024-04-15', '2024-05-24', '2024-06-03', '2024-07-19']),
  year('2024/25', ['2024-09-03', '2024-10-25', '2024-11-04', '2024-12-20', '2025-01-06', '2025-02-14', '2025-02-24', '2025-04-04', '2025-04-22', '2025-05-23', '2025-06-02', '2025-07-22']),
  year('2025/26', ['2025-09-03', '2025-10-24', '2025-11-03', '2025-12-19', '2026-01-05', '2026-02-13', '2026-02-23', '2026-03-27', '2026-04-13', '2026-05-22', '2026-06-01', '2026-07-22']),
  year('2026/27', ['2026-09-02', '2026-10-23', '2026-11-02', '2026-12-18', '2027-01-04', '2027-02-12', '2027-02-22', '2027-03-25', '2027-04-12', '2027-05-28', '2027-06-07', '2027-07-21']),
  year('2027/28', ['2027-09-02', '2027-10-22', '2027-11-01', '2027-12-17', '2028-01-04', '2028-02-11', '2028-02-21', '2028-04-07', '2028-04-24', '2028-05-26', '2028-06-05', '2028-07-21']),
];
