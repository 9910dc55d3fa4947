import {
  addDays,
  caseDecider,
  defaultHalfTermCalendar,
  ethnicities,
  halfTermOfDate,
  halfTermStartDate,
  consentGiverOn,
  needTypes,
  nextTerm,
  staffordshireConfiguration,
  type AcademicTerm,
  type CalendarDate,
  type CaseCommand,
  type CaseEvent,
  type CaseState,
  type ClosureReason,
  type MeetingReference,
  type NationalCurriculumYear,
  type RankedNeed,
  type ReferralDetails,
  type ReviewConclusion,
  type SenProvision,
} from '@send-hub/core';
import { sampleActionDescriptions, sampleFamilyNames, sampleFirstNames, sampleNarratives, sampleOwnerRoles } from '@send-hub/testing';
import { seededUuid as uuid, type SeededRandom } from './seeded-random';

/** One child's case: the commands a hub recorded, in order, and the events the real decider made of them. */
export interface CaseJourney {
  readonly commands: ReadonlyArray<CaseCommand>;
  readonly events: ReadonlyArray<CaseEvent>;
}

const yearGroups: ReadonlyArray<NationalCurriculumYear> = ['R', 'Y1', 'Y2', 'Y3', 'Y4', 'Y5', 'Y6', 'Y7', 'Y8', 'Y9', 'Y10', 'Y11', 'Y12', 'Y13'];
const provisions: ReadonlyArray<SenProvision> = ['K', 'K', 'K', 'E', 'N'];
const agencies = ['education', 'education', 'health', 'social-care'] as const;
const conclusions: ReadonlyArray<ReviewConclusion> = ['needs-met', 'needs-met', 'continue-with-new-actions', 'continue-with-new-actions', 'not-working'];
const outcomes = ['worked', 'partly-worked', 'did-not-work', 'not-done'] as const;

const later = (left: CalendarDate, right: CalendarDate): CalendarDate => (left > right ? left : right);

const referralFor = (random: SeededRandom, index: number, referredOn: CalendarDate): ReferralDetails => {
  const yearGroup = random.pick(yearGroups);
  const senProvision = random.pick(provisions);
  const candidates = needTypes.codes.filter((need) => need !== 'NSA' || senProvision === 'K');
  const primary = random.pick(candidates);
  const secondary = random.chance(0.4) ? random.pick(candidates.filter((need) => need !== primary)) : undefined;
  const needs: RankedNeed[] = secondary === undefined ? [{ need: primary, rank: 1 }] : [{ need: primary, rank: 1 }, { need: secondary, rank: 2 }];
  // Children start Reception in the academic year they turn five.
  const academicYearStart = Number(referredOn.slice(0, 4)) - (Number(referredOn.slice(5, 7)) >= 9 ? 0 : 1);
  const birthYearStart = academicYearStart - (yearGroup === 'R' ? 0 : Number(yearGroup.slice(1))) - 5;
  return {
    childReference: `STAFFS-${String(index).padStart(6, '0')}`,
    district: random.pick(staffordshireConfiguration.districts).id,
    school: String(120_000 + random.below(30_000)),
    yearGroup,
    senProvision,
    needs,
    sex: random.pick(['M', 'F', 'M', 'F', 'U'] as const),
    ethnicity: random.pick(ethnicities.codes),
    pupilPremium: random.chance(0.3),
    assessPlanDoReviewCycles: random.below(4),
    personal: {
      childName: `${random.pick(sampleFirstNames)} ${random.pick(sampleFamilyNames)}`,
      dateOfBirth: addDays(`${birthYearStart}-09-01`, random.below(365)),
      narrative: random.pick(sampleNarratives),
    },
  };
};

/** Records commands one by one through the real decider, refusing to go on if it says no (the generator would be wrong). */
class JourneyRecorder {
  readonly commands: CaseCommand[] = [];
  readonly events: CaseEvent[] = [];
  private state: CaseState = caseDecider.initialState;

  record(command: CaseCommand): void {
    const decision = caseDecider.decide(command, this.state);
    if (decision._tag === 'Left') throw new Error(`The benchmark's journey generator made a ${command.type} the hub refuses: ${decision.left.message}`);
    this.commands.push(command);
    for (const event of decision.right) {
      this.events.push(event);
      this.state = caseDecider.evolve(this.state, event);
    }
  }
}

/**
 * A plausible journey for child number `index`: referral with consent from the right
 * person, a first discussion, one to four cycles of actions agreed and reviewed at a
 * later meeting, sometimes consent withdrawn for a while, escalation after a review
 * that says "not working", and usually closure. Business dates never go back.
 */
export const caseJourney = (random: SeededRandom, index: number): CaseJourney => {
  const recorder = new JourneyRecorder();
  const caseId = uuid(random);
  let date = addDays('2023-09-04', random.below(900));
  const referral = referralFor(random, index, date);
  const referredOn = date;
  const giver = () => consentGiverOn({ yearGroup: referral.yearGroup, referredOn }, date, false);
  const base = () => ({ caseId, occurredOn: date });
  const meetingIn = (term: AcademicTerm): MeetingReference => {
    date = later(date, addDays(halfTermStartDate(defaultHalfTermCalendar, term), random.below(20)));
    return { district: referral.district, academicYear: term.academicYear, halfTerm: term.halfTerm };
  };
  const close = (reason: ClosureReason, afterDays: number) => {
    date = addDays(date, afterDays);
    recorder.record({ type: 'Close', ...base(), reason });
  };

  const givenOn = addDays(date, -random.below(21));
  const consent = { givenBy: consentGiverOn({ yearGroup: referral.yearGroup, referredOn }, givenOn, false), form: random.chance(0.7) ? ('written' as const) : ('verbal' as const), givenOn };
  recorder.record({ type: 'Refer', ...base(), referral, consent });
  if (random.chance(0.08)) return recorder;
  date = addDays(date, random.below(21));
  const firstTerm = halfTermOfDate(defaultHalfTermCalendar, date);
  let meeting = meetingIn(random.chance(0.5) ? nextTerm(firstTerm) : firstTerm);
  recorder.record({ type: 'Discuss', ...base(), meeting });
  for (let cycle = 0; cycle < 4; cycle += 1) {
    const actions = Array.from({ length: 1 + random.below(3) }, () => ({
      actionId: uuid(random),
      description: random.pick(sampleActionDescriptions),
      agency: random.pick(agencies),
      ownerRole: random.pick(sampleOwnerRoles),
    }));
    recorder.record({ type: 'AgreeActions', ...base(), meeting, actions });
    if (random.chance(0.05)) {
      date = addDays(date, random.below(30));
      recorder.record({ type: 'WithdrawConsent', ...base(), withdrawnBy: giver() });
      date = addDays(date, 7 + random.below(30));
      recorder.record({ type: 'RecordConsent', ...base(), givenBy: giver(), form: 'written' });
    }
    if (random.chance(0.03)) {
      close('left-the-area', random.below(30));
      return recorder;
    }
    meeting = meetingIn(random.chance(0.85) ? nextTerm(meeting) : nextTerm(nextTerm(meeting)));
    const conclusion = random.pick(conclusions);
    const reviewed = actions.map((action) => ({ actionId: action.actionId, outcome: conclusion === 'needs-met' ? 'worked' : random.pick(outcomes) }));
    recorder.record({ type: 'Review', ...base(), meeting, outcomes: reviewed, conclusion });
    if (conclusion === 'needs-met') {
      if (random.chance(0.85)) close('needs-met', random.below(30));
      return recorder;
    }
    if (conclusion === 'not-working' && random.chance(0.5)) {
      date = addDays(date, random.below(15));
      recorder.record({ type: 'EscalateToLMG', ...base(), reason: 'The strategies agreed at the hub have not worked.' });
      if (random.chance(0.7)) close('passed-to-locality-management-group', random.below(40));
      return recorder;
    }
  }
  if (random.chance(0.5)) close('other', random.below(60));
  return recorder;
};
