import type { Hub } from '@send-hub/application';
import { halfTermStartDate, nextTerm, termFromOrdinal, termOrdinal, type AcademicTerm, type HubConfiguration } from '@send-hub/core';
import { seededRandomBytes, type RandomBytes } from '@send-hub/event-store';
import { startOfDay } from './calendar/calendar-arithmetic';
import { termWindow } from './calendar/term-window';
import { ReReferralBook } from './cases/re-referral-book';
import type { SimulatedCase } from './cases/simulated-case';
import { planDistrictHalfTerm, type SimulatedDistrict } from './county/district-half-term';
import { drawSchoolRoll } from './county/school-roll';
import { seededUuid } from './random/seeded-identifiers';
import { SeededRandom } from './random/seeded-random';
import { CommandSchedule } from './recording/command-schedule';
import { recordScheduled } from './recording/record-scheduled';
import { SimulatedClock } from './recording/simulated-clock';
import type { SimulationProgress, SimulationReport } from './report/simulation-report';
import { SimulationTally } from './report/simulation-tally';
import { resolveOptions, type SimulationOptions } from './simulation-options';
import { groupChair, groupMember, hubAdministrator, practiceOfficer } from './tables/hub-actors';

/** What the hub must be opened with for the run to be reproducible: pass them to `openSqliteHub` or `openInMemoryHub`. */
export interface SimulationHubOptions {
  /** Reads the recording time of the command being recorded. */
  readonly clock: () => Date;
  /** Seeded version 4 UUIDs for event and correlation ids. */
  readonly newEventId: () => string;
  /** Seeded bytes for personal-data keys and nonces, so even the ciphertext is reproducible. */
  readonly randomBytes: RandomBytes;
  readonly configuration: HubConfiguration;
}

export interface Simulation {
  readonly hubOptions: SimulationHubOptions;
  /** Records the whole history into `hub` (which should be empty and opened with `hubOptions`); once per simulation. */
  run(hub: Hub): Promise<SimulationReport>;
}

/** Progress is reported at least this often within a half term, for long runs. */
const progressEveryCommands = 5_000;

/**
 * A seeded, simulated county. Half term by half term, and district by district in the
 * order given, it decides what happens to each child (referrals, consent, meetings,
 * discussions, actions, reviews, escalations, moves, closures, referrals again), then hands
 * every decision to the hub's real command handlers in order of recording time. Nothing
 * is written directly, so every history it makes obeys the rules: a refusal is a bug here.
 */
export const createSimulation = (options: SimulationOptions): Simulation => {
  const settings = resolveOptions(options);
  const root = SeededRandom.fromSeed(settings.seed);
  const firstOrdinal = termOrdinal({ academicYear: settings.firstAcademicYear, halfTerm: 1 });
  const clock = new SimulatedClock(startOfDay(halfTermStartDate(settings.halfTermCalendar, termFromOrdinal(firstOrdinal))));
  const eventIds = root.fork('event-ids');
  const hubOptions: SimulationHubOptions = {
    clock: () => clock.now(),
    newEventId: () => seededUuid(eventIds),
    randomBytes: seededRandomBytes(`${settings.seed}/personal-data`),
    configuration: settings.configuration,
  };
  let started = false;

  const run = async (hub: Hub): Promise<SimulationReport> => {
    if (started) throw new Error('A simulation runs once: create another (with the same seed for the same history) to run again.');
    started = true;
    const hubDistricts = new Set(hub.configuration.districts.map((district) => district.id));
    const missing = settings.districts.filter((district) => !hubDistricts.has(district));
    if (missing.length > 0) throw new RangeError(`The hub's configuration has no district ${missing.join(', ')}: open it with the simulation's hubOptions.`);

    const schedule = new CommandSchedule();
    const reReferrals = new ReReferralBook();
    const tally = new SimulationTally();
    const usedUrns = new Set<string>();
    const childReferences = new Set<string>();
    const districts: SimulatedDistrict[] = settings.districts.map((id, index) => ({ id, index, schools: drawSchoolRoll(root.fork(`schools/${id}`), usedUrns), openCases: [] }));
    const schools = new Map(districts.map((district) => [district.id, district.schools]));
    const contexts = districts.map((district) => ({
      district: district.id,
      calendar: settings.halfTermCalendar,
      schedule,
      reReferrals,
      administrator: hubAdministrator(district.id),
      officer: practiceOfficer(district.id),
      groupChair: groupChair(district.id),
      groupMember: groupMember(district.id),
    }));
    let term: AcademicTerm = termFromOrdinal(firstOrdinal);
    const progress = (halfTermsDone: number): SimulationProgress => ({
      halfTermsDone,
      halfTermsTotal: settings.halfTerms,
      term,
      cases: tally.referrals,
      commands: tally.commands,
      events: tally.events,
    });

    for (let done = 0; done < settings.halfTerms; done += 1) {
      term = termFromOrdinal(firstOrdinal + done);
      const window = termWindow(settings.halfTermCalendar, term);
      const arrivals = new Map<string, SimulatedCase[]>();
      const halfTermSettings = { root, configuration: settings.configuration, term, window, referralsPerDistrictPerHalfTerm: settings.referralsPerDistrictPerHalfTerm, childReferences, schools, arrivals };
      districts.forEach((district, index) => planDistrictHalfTerm(district, contexts[index] as (typeof contexts)[number], halfTermSettings));
      // A case that moved district joins its new district's list, oldest referral first, for the next half term's meetings.
      for (const district of districts) {
        const joining = arrivals.get(district.id);
        if (joining !== undefined) district.openCases = [...district.openCases, ...joining].sort((left, right) => left.referredOn.localeCompare(right.referredOn));
      }
      // Everything recorded before the next half term starts; later recordings wait, as they would in the office.
      const until = startOfDay(halfTermStartDate(settings.halfTermCalendar, nextTerm(term)));
      for (let next = schedule.queue.peek(); next !== undefined && next.recordedAt < until; next = schedule.queue.peek()) {
        schedule.queue.pop();
        await recordScheduled(hub, clock, tally, next);
        if (tally.commands % progressEveryCommands === 0) settings.onProgress?.(progress(done));
      }
      settings.onProgress?.(progress(done + 1));
    }

    const next = nextTerm(term);
    return {
      seed: settings.seed,
      districts: settings.districts,
      firstTerm: termFromOrdinal(firstOrdinal),
      lastTerm: term,
      halfTerms: settings.halfTerms,
      commands: tally.commands,
      events: tally.events,
      refusedCommands: 0,
      notYetRecorded: schedule.queue.size,
      referrals: tally.referrals,
      reReferrals: tally.reReferrals,
      children: tally.children,
      consents: tally.consents,
      consentsFromYoungPeople: tally.consentsFromYoungPeople,
      withdrawals: tally.withdrawals,
      childViews: tally.childViews,
      familyViews: tally.familyViews,
      meetingsHeld: tally.meetingsHeld,
      meetingsCancelled: tally.meetingsCancelled,
      discussions: tally.discussions,
      actionsAgreed: tally.actionsAgreed,
      reviews: { ...tally.reviews },
      escalations: tally.escalations,
      moves: { withinDistrict: tally.schoolMoves, toAnotherDistrict: tally.districtMoves },
      localityManagementGroup: tally.localityManagementGroup(),
      closures: { ...tally.closures },
      openCases: tally.referrals - tally.closed,
      lateRecordings: tally.lateRecordings,
      lastMeetings: settings.districts.map((district) => ({ district, held: tally.lastMeetings.get(district) })),
      nextMeetings: settings.districts.map((district) => ({ district, academicYear: next.academicYear, halfTerm: next.halfTerm })),
      examples: tally.examples(),
    };
  };

  return { hubOptions, run };
};
