import { academicYearStart, addDays, broadAreaOf, nationalCurriculumYears, type AcademicYear, type CalendarDate, type EthnicityMajorGroup, type NationalCurriculumYear, type NeedType, type Sex } from '@send-hub/core';
import type { SeededRandom } from '../random/seeded-random';
import { nameListsByGroup } from '../tables/child-names';
import { narrativeFollowUps, narrativeOpenings } from '../tables/narrative-templates';

/** Years after Reception: Year 1 is 1, Reception 0, Nursery 1 is -2. */
const yearsAfterReception = (yearGroup: NationalCurriculumYear): number => nationalCurriculumYears.codes.indexOf(yearGroup) - 2;

/**
 * A date of birth that puts the child in `yearGroup` in `year`: children start Reception
 * in the academic year they turn five, so a Year 7 child in 2025/26 was born between
 * 1 September 2013 and 31 August 2014. Summer-born children are a little more likely
 * (the relative-age effect in identification of SEN), so the draw leans to the end of the year.
 */
export const dateOfBirthFor = (random: SeededRandom, yearGroup: NationalCurriculumYear, year: AcademicYear): CalendarDate => {
  const firstDay: CalendarDate = `${academicYearStart(year) - yearsAfterReception(yearGroup) - 5}-09-01`;
  // Density rising from 0.8 to 1.2 across the year: the inverse of its cumulative distribution.
  const position = (-0.8 + Math.sqrt(0.64 + 0.8 * random.fraction())) / 0.4;
  return addDays(firstDay, Math.min(364, Math.floor(position * 365)));
};

export interface ChildName {
  readonly firstName: string;
  readonly surname: string;
}

export const childNameFor = (random: SeededRandom, sex: Sex, group: EthnicityMajorGroup): ChildName => {
  const lists = nameListsByGroup[group];
  const firstNames = sex === 'M' ? lists.boys : sex === 'F' ? lists.girls : random.chance(0.5) ? lists.boys : lists.girls;
  return { firstName: random.pick(firstNames), surname: random.pick(lists.surnames) };
};

export const fullName = (name: ChildName): string => `${name.firstName} ${name.surname}`;

const numberWords: ReadonlyArray<string> = ['no', 'one', 'two', 'three', 'four', 'five', 'six'];

/** The school's account: an opening for the child's area of need and a follow-up sentence. */
export const narrativeFor = (random: SeededRandom, firstName: string, primaryNeed: NeedType, cycles: number): string => {
  const fill = (template: string): string =>
    template
      .replaceAll('{name}', firstName)
      .replaceAll('{cycles}', cycles === 1 ? 'one round' : `${numberWords[cycles] ?? String(cycles)} rounds`)
      .replaceAll('{attendance}', String(random.integer(55, 88)));
  const opening = fill(random.pick(narrativeOpenings[broadAreaOf(primaryNeed)]));
  // "{cycles} rounds of ... with little change" reads wrongly when the school tried none.
  const followUps = cycles === 0 ? narrativeFollowUps.filter((text) => !text.includes('{cycles}')) : narrativeFollowUps;
  return `${opening} ${fill(random.pick(followUps))}`;
};
