import { academicYearStart, termOrdinal, type AcademicTerm, type HubConfiguration, type ReferralDetails } from '@send-hub/core';
import { planBetweenMeetings } from '../cases/between-meetings';
import { planMove, type CountySchools } from '../cases/child-moves';
import { openCase } from '../cases/case-intake';
import type { JourneyContext } from '../cases/journey-context';
import { decideAtMeeting } from '../cases/meeting-decisions';
import type { SimulatedCase } from '../cases/simulated-case';
import { laterOf } from '../calendar/calendar-arithmetic';
import type { TermWindow } from '../calendar/term-window';
import { planMeeting } from '../meetings/meeting-plan';
import { decideAtLMGMeeting } from '../lmg/lmg-decisions';
import { planLMGMeeting } from '../lmg/lmg-meeting-plan';
import { seededChildReference, seededUuid } from '../random/seeded-identifiers';
import type { SeededRandom } from '../random/seeded-random';
import { drawReferral, drawReReferral, schoolDayIn } from '../referrals/referral-generator';
import { referralSeasonFactors } from '../tables/referral-proportions';
import type { SchoolRoll } from './school-roll';

/** One district of the simulated county: its schools and its open cases, oldest referral first. */
export interface SimulatedDistrict {
  readonly id: string;
  readonly index: number;
  readonly schools: SchoolRoll;
  openCases: SimulatedCase[];
}

export interface HalfTermSettings {
  readonly root: SeededRandom;
  readonly configuration: HubConfiguration;
  readonly term: AcademicTerm;
  readonly window: TermWindow;
  readonly referralsPerDistrictPerHalfTerm: number;
  /** Child references already given out, so no two children share one. */
  readonly childReferences: Set<string>;
  /** Every district's schools, for children who move. */
  readonly schools: CountySchools;
  /** Cases that moved to another district this half term, by the district they joined: its lists take them from the next half term. */
  readonly arrivals: Map<string, SimulatedCase[]>;
}

const newChildReference = (random: SeededRandom, taken: Set<string>): string => {
  for (;;) {
    const reference = seededChildReference(random);
    if (!taken.has(reference)) {
      taken.add(reference);
      return reference;
    }
  }
};

/** About the average number of referrals, varied by season and by a fifth either way from one half term to the next. */
const referralCount = (random: SeededRandom, settings: HalfTermSettings): number =>
  Math.max(0, Math.round(settings.referralsPerDistrictPerHalfTerm * (referralSeasonFactors[settings.term.halfTerm - 1] ?? 1) * random.between(0.8, 1.2)));

/**
 * Plans one half term of one district, in the order a hub lives it: the referrals that
 * arrive (new children and children referred again), the meeting (held or cancelled)
 * and what it decides for each case, the Locality Management Group's meeting and what it
 * decides for the cases escalated to it, then what happens to open cases before the half
 * term ends (a withdrawal, a family leaving the area, a move of school or district). Everything is scheduled, not yet recorded: the hub records it in order of
 * recording time.
 */
export const planDistrictHalfTerm = (district: SimulatedDistrict, context: JourneyContext, settings: HalfTermSettings): void => {
  const ordinal = termOrdinal(settings.term);
  const random = settings.root.fork(`district/${district.id}/${ordinal}`);
  const referralContext = { district: district.id, academicYear: settings.term.academicYear, schools: district.schools, configuration: settings.configuration };
  const intake = (referral: ReferralDetails): void => {
    const caseId = seededUuid(random);
    district.openCases.push(openCase(context, settings.root.fork(`case/${caseId}`), caseId, referral, schoolDayIn(random, settings.window)));
  };
  for (const pending of context.reReferrals.take(ordinal, district.id)) {
    const yearsLater = academicYearStart(settings.term.academicYear) - academicYearStart(pending.earlierAcademicYear);
    const referral = drawReReferral(random, referralContext, pending.earlierReferral, yearsLater);
    if (referral !== undefined) intake(referral);
  }
  const count = referralCount(random, settings);
  for (let index = 0; index < count; index += 1) intake(drawReferral(random, referralContext, newChildReference(random, settings.childReferences)));

  const planned = planMeeting(random, {
    calendar: context.calendar,
    window: settings.window,
    term: settings.term,
    termOrdinal: ordinal,
    district: district.id,
    districtIndex: district.index,
    schedule: context.schedule,
    officer: context.officer,
    expectedDecisions: district.openCases.length * 2,
  });
  const held = planned.held;
  if (held !== undefined) for (const simulated of district.openCases) decideAtMeeting(simulated, held, context);
  // The district's Locality Management Group meets after the hub, for the cases escalated to it.
  const group = planLMGMeeting(random, {
    configuration: settings.configuration,
    window: settings.window,
    term: settings.term,
    district: district.id,
    schedule: context.schedule,
    chair: context.groupChair,
    member: context.groupMember,
    hubMeetingOn: planned.date,
    expectedDecisions: district.openCases.filter((simulated) => simulated.stage === 'escalated').length,
  });
  if (group !== undefined) for (const simulated of district.openCases) decideAtLMGMeeting(simulated, group, context);
  const groupDay = group?.heldOn ?? planned.date;
  const lastMeetingDay = laterOf(groupDay, planned.date);
  const movedAway = new Set<SimulatedCase>();
  for (const simulated of district.openCases) {
    planBetweenMeetings(simulated, context, lastMeetingDay, settings.window.lastSchoolDay);
    const movedTo = planMove(simulated, context, settings.schools, settings.root.fork(`move/${simulated.caseId}/${ordinal}`), lastMeetingDay, settings.window.lastSchoolDay);
    if (movedTo === undefined) continue;
    movedAway.add(simulated);
    const arriving = settings.arrivals.get(movedTo);
    if (arriving === undefined) settings.arrivals.set(movedTo, [simulated]);
    else arriving.push(simulated);
  }
  district.openCases = district.openCases.filter((simulated) => simulated.stage !== 'closed' && !movedAway.has(simulated));
};
