import {
  academicYearOf,
  addDays,
  lmgSettingsOf,
  createCaseDecider,
  defaultHalfTermCalendar,
  halfTermOfDate,
  schoolDayOnOrAfter,
  consentGiverOn,
  isOfConsentAge,
  yearGroupOn,
  staffordshireConfiguration,
  termOrdinal,
  type AcademicTerm,
  type AgreedAction,
  type CalendarDate,
  type CaseCommand,
  type CaseEvent,
  type ClosureReason,
  type HeardViews,
  type HalfTermCalendar,
  type HubConfiguration,
  type LMGMeetingReference,
  type MeetingReference,
  type ReviewConclusion,
} from '@send-hub/core';
import type * as fc from 'fast-check';
import { decideInTurn } from '../laws/decide-in-turn';
import { dayInTerm, termsAfter } from './academic-time';
import type { CaseJourneyOptions } from './case-journey-options';
import { caseJourneyPlan, maximumActionsPerCycle, type CaseJourneyPlan, type ConsentBreak, type MovePlan } from './case-journey-plan';

/** What a child and a family say in generated journeys: made up, and personal data all the same. */
const childsViews: HeardViews = { whose: 'child-or-young-person', how: 'in-person', views: 'I like the quiet room; the corridors are too loud.' };
const familysViews: HeardViews = { whose: 'family', how: 'written', views: 'Mornings are hard at home; we would like to hear what helps in school.' };

const later = (left: CalendarDate, right: CalendarDate): CalendarDate => (left > right ? left : right);

/** Works out the commands of a journey from its plan, keeping business dates in order. */
const journeyCommands = (plan: CaseJourneyPlan, calendar: HalfTermCalendar, configuration: HubConfiguration): CaseCommand[] => {
  const { caseId, referral } = plan;
  const commands: CaseCommand[] = [];
  let date = plan.referredOn;
  const atReferral = { yearGroup: referral.yearGroup, referredOn: plan.referredOn };
  const { youngPersonLacksCapacity } = plan.consent;
  // Capacity is a question only for young people of an age to consent for themselves, on the day they consent.
  const capacityOn = (on: CalendarDate) => (isOfConsentAge(yearGroupOn(atReferral, on), on) ? { youngPersonLacksCapacity } : {});
  const giverOn = (on: CalendarDate) => consentGiverOn(atReferral, on, youngPersonLacksCapacity);
  const consent = (form: CaseJourneyPlan['consent']['form']): CaseCommand => ({
    type: 'RecordConsent',
    caseId,
    occurredOn: date,
    givenBy: giverOn(date),
    form,
    ...capacityOn(date),
  });
  const takeBreak = (pause: ConsentBreak | null): void => {
    if (pause === null) return;
    date = addDays(date, pause.withdrawAfterDays);
    commands.push({ type: 'WithdrawConsent', caseId, occurredOn: date, withdrawnBy: giverOn(date) });
    date = addDays(date, pause.consentAgainAfterDays);
    commands.push(consent(pause.form));
  };
  // Where the child is schooled now: a move changes the school, and perhaps the district whose hub and group take the case.
  let district = referral.district;
  let school = referral.school;
  const move = (plan: MovePlan | null): void => {
    if (plan === null) return;
    date = addDays(date, plan.afterDays);
    const others = configuration.districts.map((known) => known.id).filter((id) => id !== district);
    const to = plan.toAnotherDistrict && others.length > 0 ? (others[plan.districtChoice % others.length] ?? district) : district;
    // A move within the district always changes school: a different last digit when the plan drew the school the child is at.
    const toSchool = to === district && plan.school === school ? `${plan.school.slice(0, 5)}${(Number(plan.school.slice(5)) + 1) % 10}` : plan.school;
    commands.push({ type: 'RecordMove', caseId, occurredOn: date, school: toSchool, ...(to === district ? {} : { district: to }) });
    district = to;
    school = toSchool;
  };
  const meetingIn = (term: AcademicTerm, dayOfTerm: number): MeetingReference => {
    date = later(date, dayInTerm(term, dayOfTerm, calendar));
    return { district, academicYear: term.academicYear, halfTerm: term.halfTerm };
  };
  const termOfDate = (): AcademicTerm => halfTermOfDate(calendar, date);
  const monthly = lmgSettingsOf(configuration).cadence === 'monthly';
  /** A group meeting `meetingsLater` of its meetings after the current date's, on a day of its period. */
  const groupMeetingAfter = (meetingsLater: number, dayOfMeeting: number): LMGMeetingReference => {
    if (monthly) {
      // A monthly group meets on a school day: a date in a holiday moves to the next half term's first day.
      date = schoolDayOnOrAfter(calendar, addDays(date, 1 + dayOfMeeting + meetingsLater * 31));
      return { district, academicYear: academicYearOf(date), month: Number(date.slice(5, 7)) };
    }
    const term = termsAfter(termOfDate(), meetingsLater);
    date = later(date, dayInTerm(term, dayOfMeeting, calendar));
    return { district, academicYear: term.academicYear, halfTerm: term.halfTerm };
  };

  // The school obtained consent some days before it referred: the case is consented from its first event.
  const givenOn = addDays(date, -plan.consent.afterDays);
  const referralViews = plan.consent.form === 'written' ? { views: [childsViews, familysViews] } : {};
  commands.push({
    type: 'Refer',
    caseId,
    occurredOn: date,
    referral,
    consent: { givenBy: giverOn(givenOn), form: plan.consent.form, givenOn, ...capacityOn(givenOn) },
    ...referralViews,
  });
  let lastConclusion: ReviewConclusion | undefined;
  let escalated = false;
  let closedByGroup = false;
  if (plan.reach >= 1) {
    date = addDays(date, plan.consent.afterDays);
    commands.push({ type: 'RecordViews', caseId, occurredOn: date, ...(plan.consent.afterDays % 2 === 0 ? childsViews : familysViews) });
  }
  if (plan.reach >= 2) {
    takeBreak(plan.discussion.consentBreak);
    let meeting = meetingIn(termsAfter(termOfDate(), plan.discussion.halfTermsAfterConsent), plan.discussion.dayOfTerm);
    commands.push({ type: 'Discuss', caseId, occurredOn: date, meeting, ...(plan.discussion.dayOfTerm % 2 === 0 ? { views: [childsViews] } : {}) });
    const actionIds = [...plan.actionIds];
    for (const cycle of plan.reach >= 3 ? plan.cycles : []) {
      const actions: AgreedAction[] = cycle.actions.map((action) => ({ ...action, actionId: actionIds.shift() ?? '' }));
      const parts = cycle.splitAgreement && actions.length > 1 ? [actions.slice(0, 1), actions.slice(1)] : [actions];
      for (const part of parts) commands.push({ type: 'AgreeActions', caseId, occurredOn: date, meeting, actions: part });
      takeBreak(cycle.consentBreak);
      move(cycle.move);
      const agreedAt = termOrdinal(meeting);
      const reviewOrdinal = Math.max(agreedAt + cycle.halfTermsToReview, termOrdinal(termOfDate()));
      meeting = meetingIn(termsAfter(meeting, reviewOrdinal - agreedAt), cycle.dayOfReviewTerm);
      const outcomes = actions.map((action, index) => ({ actionId: action.actionId, outcome: cycle.outcomes[index % maximumActionsPerCycle] ?? 'worked' }));
      const reviewViews = cycle.dayOfReviewTerm % 3 === 0 ? { views: [familysViews] } : {};
      commands.push({ type: 'Review', caseId, occurredOn: date, meeting, outcomes, conclusion: cycle.conclusion, ...reviewViews });
      lastConclusion = cycle.conclusion;
      if (cycle.conclusion === 'needs-met') break;
      if (cycle.conclusion === 'not-working' && cycle.escalate) {
        date = addDays(date, cycle.escalateAfterDays);
        commands.push({ type: 'EscalateToLMG', caseId, occurredOn: date, reason: 'The strategies agreed at the hub have not worked.' });
        escalated = true;
        const { group } = cycle;
        move(group.moveWhileWaiting);
        if (!group.discussed) break;
        const discussion = { type: 'DiscussAtLMG' as const, caseId, reason: group.reason, recommendations: [...group.recommendations] };
        if (group.discussAgainFirst) {
          const first = groupMeetingAfter(group.meetingsAfterEscalation, group.dayOfMeeting);
          commands.push({ ...discussion, occurredOn: date, meeting: first, outcome: 'discuss-again' });
        }
        const deciding = groupMeetingAfter(group.discussAgainFirst ? 1 : group.meetingsAfterEscalation, group.dayOfMeeting);
        commands.push({ ...discussion, occurredOn: date, meeting: deciding, outcome: group.outcome });
        if (group.outcome !== 'back-to-hub') {
          closedByGroup = true;
          break;
        }
        // Back at the hub: discussed again at the next hub meeting, then round the cycle as before.
        escalated = false;
        meeting = meetingIn(termsAfter(termOfDate(), 1), group.dayOfHubTerm);
        commands.push({ type: 'Discuss', caseId, occurredOn: date, meeting });
        continue;
      }
    }
  }
  if (plan.ending.close && !closedByGroup) {
    date = addDays(date, plan.ending.afterDays);
    let reason: ClosureReason = escalated ? 'passed-to-locality-management-group' : lastConclusion === 'needs-met' ? 'needs-met' : plan.ending.reason;
    if (plan.ending.withdrawConsentFirst) {
      commands.push({ type: 'WithdrawConsent', caseId, occurredOn: date, withdrawnBy: giverOn(date) });
      reason = 'consent-withdrawn';
    }
    commands.push({ type: 'Close', caseId, occurredOn: date, reason });
  }
  return commands;
};

/**
 * A whole journey of one case that the case decider accepts in order: referral with
 * consent from the right person for the year group on the consent's date, views heard
 * (with the referral, on their own, at the first discussion), a first discussion at a meeting of
 * the case's district, actions agreed there, reviews at later meetings with one outcome
 * per outstanding action, perhaps escalation after "not working" and the Locality
 * Management Group's discussion (perhaps twice) and outcome: the case closed, or sent back
 * to the hub, discussed again and round the cycle once more; perhaps closure;
 * consent is sometimes withdrawn and given again; the child sometimes moves school or district
 * while actions are open or while the case waits on the group (the new district's hub reviews
 * the actions, its group takes up the case); business dates never go back.
 * Some journeys stop early (only referred, or discussed without actions).
 */
export const validCaseJourney = (options: CaseJourneyOptions = {}): fc.Arbitrary<CaseCommand[]> =>
  caseJourneyPlan(options).map((plan) => journeyCommands(plan, options.calendar ?? defaultHalfTermCalendar, options.configuration ?? staffordshireConfiguration));

/**
 * The events of a valid journey, as the real case decider (for the options'
 * configuration) produces them. Throws if the decider refuses a step: that is a bug
 * in the generator or a change in the rules, and the message says which.
 */
export const validCaseHistory = (options: CaseJourneyOptions = {}): fc.Arbitrary<CaseEvent[]> => {
  const decider = createCaseDecider(options.configuration ?? staffordshireConfiguration);
  return validCaseJourney(options).map((commands) => {
    const { events, decisions } = decideInTurn(decider, commands);
    const refused = decisions.find((decision) => decision.result._tag === 'Left');
    if (refused !== undefined && refused.result._tag === 'Left') {
      throw new Error(
        `validCaseHistory: the case decider refused step ${decisions.indexOf(refused) + 1} (${refused.command.type}) of a generated journey ` +
          `with "${refused.result.left.code}": ${refused.result.left.message}`,
      );
    }
    return [...events];
  });
};
