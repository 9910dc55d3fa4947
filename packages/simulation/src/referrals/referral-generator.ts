import {
  addDays,
  daysBetween,
  nationalCurriculumYears,
  type AcademicYear,
  type CalendarDate,
  type DistrictId,
  type HubConfiguration,
  type NationalCurriculumYear,
  type ReferralDetails,
} from '@send-hub/core';
import { weekdayOnOrAfter, weekdayOnOrBefore } from '../calendar/calendar-arithmetic';
import type { TermWindow } from '../calendar/term-window';
import type { SchoolRoll } from '../county/school-roll';
import { weightedChoice, type SeededRandom } from '../random/seeded-random';
import {
  assessPlanDoReviewCycleWeights,
  ethnicityWeights,
  ethnicityWeightsByDistrict,
  provisionWeights,
  pupilPremiumProbability,
  sexWeightsByProvision,
  yearGroupWeights,
} from '../tables/referral-proportions';
import { provisionStepUpProbability, samePrimaryNeedProbability } from '../tables/journey-proportions';
import { childNameFor, dateOfBirthFor, fullName, narrativeFor } from './personal-details';
import { drawRankedNeeds } from './ranked-needs';

const provision = weightedChoice(provisionWeights);
const yearGroup = weightedChoice(yearGroupWeights);
const sexFor = { K: weightedChoice(sexWeightsByProvision.K), E: weightedChoice(sexWeightsByProvision.E), N: weightedChoice(sexWeightsByProvision.N) };
const countyEthnicity = weightedChoice(ethnicityWeights);
const districtEthnicity = new Map(Object.entries(ethnicityWeightsByDistrict).map(([district, table]) => [district, weightedChoice(table)]));
const assessPlanDoReviewCycles = weightedChoice(assessPlanDoReviewCycleWeights);

/** A school day of the window, any one as likely as another. */
export const schoolDayIn = (random: SeededRandom, window: TermWindow): CalendarDate => {
  const day = addDays(window.firstDay, random.integer(0, daysBetween(window.firstDay, window.lastSchoolDay)));
  const weekday = weekdayOnOrAfter(day);
  return weekday > window.lastSchoolDay ? weekdayOnOrBefore(day) : weekday;
};

export interface ReferralContext {
  readonly district: DistrictId;
  readonly academicYear: AcademicYear;
  readonly schools: SchoolRoll;
  readonly configuration: HubConfiguration;
}

/** A new child's referral: codes drawn from the proportion tables, personal details to match. */
export const drawReferral = (random: SeededRandom, context: ReferralContext, childReference: string): ReferralDetails => {
  const senProvision = provision(random);
  const year = yearGroup(random);
  const sex = sexFor[senProvision](random);
  const needs = drawRankedNeeds(random, senProvision);
  const ethnicity = (districtEthnicity.get(context.district) ?? countyEthnicity)(random);
  const name = childNameFor(random, sex, context.configuration.ethnicityMajorGroups[ethnicity] ?? 'unclassified');
  const cycles = assessPlanDoReviewCycles(random);
  return {
    childReference,
    district: context.district,
    school: context.schools.schoolFor(year, random).urn,
    yearGroup: year,
    senProvision,
    needs,
    sex,
    ethnicity,
    pupilPremium: random.chance(pupilPremiumProbability),
    assessPlanDoReviewCycles: cycles,
    personal: {
      childName: fullName(name),
      dateOfBirth: dateOfBirthFor(random, year, context.academicYear),
      narrative: narrativeFor(random, name.firstName, needs[0]?.need ?? 'OTH', cycles),
    },
  };
};

const years = nationalCurriculumYears.codes;

/**
 * The same child referred again `yearsLater` academic years on: the same reference, sex,
 * ethnicity, name and date of birth; an older year group (undefined once past Year 14,
 * when the child has left the hub's age range); the same school while it still teaches
 * the child; provision and needs as a school might record them now.
 */
export const drawReReferral = (random: SeededRandom, context: ReferralContext, earlier: ReferralDetails, yearsLater: number): ReferralDetails | undefined => {
  const year: NationalCurriculumYear | undefined = years[years.indexOf(earlier.yearGroup) + yearsLater];
  if (year === undefined) return undefined;
  const before = earlier.senProvision;
  const senProvision = before === 'K' && random.chance(provisionStepUpProbability.K) ? 'E' : before === 'N' && random.chance(provisionStepUpProbability.N) ? 'K' : before;
  const keep = random.chance(samePrimaryNeedProbability) ? earlier.needs.find((need) => need.rank === 1)?.need : undefined;
  const needs = drawRankedNeeds(random, senProvision, keep);
  const sameSchool = context.schools.schools.find((school) => school.urn === earlier.school)?.yearGroups.has(year) ?? false;
  const cycles = assessPlanDoReviewCycles(random);
  const firstName = typeof earlier.personal.childName === 'string' ? (earlier.personal.childName.split(' ')[0] ?? 'The child') : 'The child';
  return {
    ...earlier,
    school: sameSchool ? earlier.school : context.schools.schoolFor(year, random).urn,
    yearGroup: year,
    senProvision,
    needs,
    pupilPremium: earlier.pupilPremium || random.chance(0.1),
    assessPlanDoReviewCycles: cycles,
    personal: { ...earlier.personal, narrative: narrativeFor(random, firstName, needs[0]?.need ?? 'OTH', cycles) },
  };
};
