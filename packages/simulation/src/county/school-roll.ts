import { nationalCurriculumYears, type NationalCurriculumYear } from '@send-hub/core';
import { weightedChoice, type SeededRandom } from '../random/seeded-random';
import {
  academyProbability,
  academyUrnRange,
  maintainedUrnRange,
  phaseSizeFactor,
  primaryWithNurseryProbability,
  referralWeightSpread,
  schoolCounts,
  secondaryWithSixthFormProbability,
} from '../tables/school-roll-proportions';

export type SchoolKind = keyof typeof schoolCounts;

export interface SimulatedSchool {
  readonly urn: string;
  readonly kind: SchoolKind;
  readonly yearGroups: ReadonlySet<NationalCurriculumYear>;
  /** How many referrals it makes relative to the district's other schools. */
  readonly weight: number;
}

/** The schools of one district, and for each year group a weighted choice among the schools that teach it. */
export interface SchoolRoll {
  readonly schools: ReadonlyArray<SimulatedSchool>;
  schoolFor(yearGroup: NationalCurriculumYear, random: SeededRandom): SimulatedSchool;
}

const years = nationalCurriculumYears.codes;
const span = (from: NationalCurriculumYear, to: NationalCurriculumYear): ReadonlySet<NationalCurriculumYear> =>
  new Set(years.slice(years.indexOf(from), years.indexOf(to) + 1));

const yearGroupsOf = (kind: SchoolKind, random: SeededRandom): ReadonlySet<NationalCurriculumYear> => {
  switch (kind) {
    case 'primary':
      return random.chance(primaryWithNurseryProbability) ? span('N1', 'Y6') : span('R', 'Y6');
    case 'secondary':
      return random.chance(secondaryWithSixthFormProbability) ? span('Y7', 'Y13') : span('Y7', 'Y11');
    case 'special':
      // All ages, nursery to 25: so every year group has at least one school in every district.
      return span('N1', 'Y14');
    case 'college':
      return span('Y12', 'Y14');
  }
};

const drawUrn = (random: SeededRandom, usedUrns: Set<string>): string => {
  for (;;) {
    const range = random.chance(academyProbability) ? academyUrnRange : maintainedUrnRange;
    const urn = String(random.integer(range.minimum, range.maximum));
    if (!usedUrns.has(urn)) {
      usedUrns.add(urn);
      return urn;
    }
  }
};

/**
 * Draws a district's schools. Each district draws from its own generator, so its schools
 * (and their URNs) stay the same whatever else the simulation is asked to do; `usedUrns`
 * keeps URNs unique across the county.
 */
export const drawSchoolRoll = (random: SeededRandom, usedUrns: Set<string>): SchoolRoll => {
  const schools: SimulatedSchool[] = [];
  for (const kind of Object.keys(schoolCounts) as SchoolKind[]) {
    const count = random.integer(schoolCounts[kind].minimum, schoolCounts[kind].maximum);
    for (let index = 0; index < count; index += 1) {
      // Squaring a fraction gives many small schools and a few big referrers.
      const spread = referralWeightSpread.minimum + (referralWeightSpread.maximum - referralWeightSpread.minimum) * random.fraction() ** 2;
      schools.push({ urn: drawUrn(random, usedUrns), kind, yearGroups: yearGroupsOf(kind, random), weight: spread * phaseSizeFactor[kind] });
    }
  }
  const choices = new Map<NationalCurriculumYear, (random: SeededRandom) => SimulatedSchool>();
  for (const yearGroup of years) {
    const teaching = schools.filter((school) => school.yearGroups.has(yearGroup));
    choices.set(yearGroup, weightedChoice(teaching.map((school) => [school, school.weight] as const)));
  }
  return {
    schools,
    schoolFor: (yearGroup, chooser) => {
      const choose = choices.get(yearGroup);
      if (choose === undefined) throw new Error(`No simulated school teaches ${yearGroup}.`);
      return choose(chooser);
    },
  };
};
