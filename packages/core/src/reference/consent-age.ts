import { academicYearOf, academicYearStart, type AcademicYear } from './academic-time';
import { nationalCurriculumYears, phaseOf, type NationalCurriculumYear } from './school-years';
import type { CalendarDate } from '../values/calendar-date';

const yearGroupsInOrder: ReadonlyArray<NationalCurriculumYear> = nationalCurriculumYears.codes;

/** What a referral records of a child's schooling: the year group they were in on the day they were referred. */
export interface YearGroupAtReferral {
  readonly yearGroup: NationalCurriculumYear;
  readonly referredOn: CalendarDate;
}

/**
 * The year group the child is in on `date`: year groups move up on 1 September, so a
 * child referred in Year 10 in March is in Year 11 from the September after. Held at
 * Year 14 at the top and Nursery 1 at the bottom (a date before the referral's school year).
 */
export const yearGroupOn = (referral: YearGroupAtReferral, date: CalendarDate): NationalCurriculumYear => {
  const moves = academicYearStart(academicYearOf(date)) - academicYearStart(academicYearOf(referral.referredOn));
  const index = Math.min(Math.max(yearGroupsInOrder.indexOf(referral.yearGroup) + moves, 0), yearGroupsInOrder.length - 1);
  return yearGroupsInOrder[index] ?? referral.yearGroup;
};

const twoDigits = (value: number): string => String(value).padStart(2, '0');

/** The last Friday of June of a school year (June of the year it ends in): the day compulsory school age ends for its Year 11. */
export const lastFridayOfJune = (academicYear: AcademicYear): CalendarDate => {
  const year = academicYearStart(academicYear) + 1;
  const thirtieth = new Date(Date.UTC(year, 5, 30));
  const friday = 5;
  const day = 30 - ((thirtieth.getUTCDay() - friday + 7) % 7);
  return `${year}-06-${twoDigits(day)}`;
};

/**
 * Whether a young person in `yearGroup` on `date` consents for themselves: from the last
 * Friday of June of the school year in which they reach the end of Year 11, and in every
 * year group after it. (A young person who lacks capacity is decided for by a parent or
 * carer: that is the caller's to weigh.)
 */
export const isOfConsentAge = (yearGroup: NationalCurriculumYear, date: CalendarDate): boolean =>
  phaseOf(yearGroup) === 'post-16' || (yearGroup === 'Y11' && date >= lastFridayOfJune(academicYearOf(date)));
