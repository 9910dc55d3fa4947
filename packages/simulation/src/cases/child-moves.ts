import { addDays, yearGroupOn, type CalendarDate } from '@send-hub/core';
import { laterOf } from '../calendar/calendar-arithmetic';
import type { SchoolRoll } from '../county/school-roll';
import type { SeededRandom } from '../random/seeded-random';
import { recordingTime } from '../recording/recording-times';
import { moveProbabilityPerHalfTerm, moveToAnotherDistrictShare, moveWindowAfterHalfTermDays } from '../tables/journey-proportions';
import { dayBetween, type JourneyContext } from './journey-context';
import type { SimulatedCase } from './simulated-case';

/** The county's districts by id, with their schools: where a child may move to. */
export type CountySchools = ReadonlyMap<string, SchoolRoll>;

/** Tries to find a school of `roll` teaching the child's year group other than the one they attend. */
const anotherSchool = (roll: SchoolRoll, simulated: SimulatedCase, on: CalendarDate, random: SeededRandom): string | undefined => {
  const yearGroup = yearGroupOn({ yearGroup: simulated.referral.yearGroup, referredOn: simulated.referredOn }, on);
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const school = roll.schoolFor(yearGroup, random).urn;
    if (school !== simulated.school) return school;
  }
  return undefined;
};

/**
 * Now and then, after the half term's meetings (up to the end of the break after it), a child with consent current moves school:
 * mostly within the district, sometimes to a school of another district of the county. The
 * district the case leaves records the move. Returns the district the case moved to when it
 * left this one (its next meetings are that district's), otherwise undefined. Draws from its
 * own generator (`random`), so a run's other decisions stay as they were where no child moves.
 */
export const planMove = (
  simulated: SimulatedCase,
  context: JourneyContext,
  schools: CountySchools,
  random: SeededRandom,
  afterDay: CalendarDate,
  lastSchoolDay: CalendarDate,
): string | undefined => {
  if (simulated.stage === 'closed' || simulated.consentOn === undefined || !random.chance(moveProbabilityPerHalfTerm)) return undefined;
  // Families move, and children change school, in the break after a half term as often as in it.
  const from = addDays(laterOf(simulated.lastDate, afterDay), 1);
  const until = addDays(lastSchoolDay, moveWindowAfterHalfTermDays);
  if (from > until || simulated.consentOn >= from) return undefined;
  const others = [...schools.keys()].filter((district) => district !== context.district);
  const to = others.length > 0 && random.chance(moveToAnotherDistrictShare) ? random.pick(others) : context.district;
  const roll = schools.get(to);
  const movedOn = dayBetween(random, from, until);
  const school = roll === undefined ? undefined : anotherSchool(roll, simulated, movedOn, random);
  if (school === undefined) return undefined;
  context.schedule.forCase(
    simulated,
    { type: 'RecordMove', caseId: simulated.caseId, occurredOn: movedOn, school, ...(to === context.district ? {} : { district: to }) },
    context.administrator,
    recordingTime(random, movedOn, 'move'),
  );
  simulated.school = school;
  return to === context.district ? undefined : to;
};
