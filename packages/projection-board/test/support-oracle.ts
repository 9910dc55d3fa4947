import {
  addDays,
  broadAreaOf,
  caseDecider,
  daysBetween,
  defaultHalfTermCalendar,
  halfTermOfDate,
  halfTermStartDate,
  nextTerm,
  phaseOf,
  staffordshireConfiguration,
  type AcademicTerm,
  type ActionReview,
  type CaseEvent,
  type CaseState,
  type MeetingReference,
  type ReferralDetails,
} from '@send-hub/core';
import type { HubEvent } from '@send-hub/hub';
import type { BoardSelection, EquityDimension } from '../src';

/**
 * An independent, deliberately plain computation of the board's figures: each case's
 * history is folded with the domain's own `caseDecider.evolve`, and what changed
 * between one state and the next says what happened and when.
 */
export interface OracleCase {
  readonly referral: ReferralDetails;
  readonly referredOn: string;
  readonly reReferral: boolean;
  readonly consents: string[];
  firstDiscussion?: { on: string; meeting: MeetingReference };
  readonly reviews: Array<{ meeting: MeetingReference; conclusion: string; outcomes: ReadonlyArray<ActionReview>; agreedAt: MeetingReference | undefined }>;
  escalatedOn?: string;
  readonly groupOutcomes: Array<{ on: string; outcome: string }>;
  closed?: { on: string; reason: string };
}

export const oracleCases = (events: ReadonlyArray<HubEvent>): OracleCase[] => {
  const histories = new Map<string, CaseEvent[]>();
  for (const event of events) {
    if ('caseId' in event && event.type !== 'ReferralStarted') histories.set(event.caseId, [...(histories.get(event.caseId) ?? []), event]);
  }
  const seenChildren = new Set<string>();
  const cases: OracleCase[] = [];
  // Cases in the order of their referral, so that "referred before" means earlier in the history.
  const referrals = events.filter((event): event is Extract<CaseEvent, { type: 'Referred' }> => event.type === 'Referred');
  for (const referred of referrals) {
    const found: OracleCase = { referral: referred.referral, referredOn: referred.occurredOn, reReferral: seenChildren.has(referred.referral.childReference), consents: [], reviews: [], groupOutcomes: [] };
    seenChildren.add(referred.referral.childReference);
    let state: CaseState = caseDecider.initialState;
    for (const event of histories.get(referred.caseId) ?? []) {
      const before = state;
      state = caseDecider.evolve(state, event);
      if (state.status === 'not-referred') continue;
      // Consent that came with the referral is on file from the referral's date.
      if (before.status === 'not-referred') {
        if (state.consent === 'given') found.consents.push(event.occurredOn);
        continue;
      }
      if (before.consent !== 'given' && state.consent === 'given') found.consents.push(event.occurredOn);
      if (before.stage === 'awaiting-first-discussion' && state.stage === 'discussed' && state.lastMeeting) found.firstDiscussion = { on: event.occurredOn, meeting: state.lastMeeting };
      if (event.type === 'Reviewed' && state.lastMeeting && state.lastConclusion) found.reviews.push({ meeting: state.lastMeeting, conclusion: state.lastConclusion, outcomes: event.outcomes, agreedAt: before.actionsAgreedAt });
      // The board counts a case's first escalation; a case the group sent back may be escalated again.
      if (before.stage !== 'escalated' && state.stage === 'escalated') found.escalatedOn ??= event.occurredOn;
      if (event.type === 'DiscussedAtLMG') found.groupOutcomes.push({ on: event.occurredOn, outcome: event.outcome });
      if (before.status === 'open' && state.status === 'closed' && state.closureReason) found.closed = { on: event.occurredOn, reason: state.closureReason };
    }
    cases.push(found);
  }
  return cases;
};

const sameTerm = (term: AcademicTerm, selection: BoardSelection): boolean =>
  term.academicYear === selection.academicYear && (selection.halfTerm === undefined || term.halfTerm === selection.halfTerm);
const dateIn = (date: string | undefined, selection: BoardSelection): boolean => date !== undefined && sameTerm(halfTermOfDate(defaultHalfTermCalendar, date), selection);
/** The last date that belongs to the selection: the day before the next half term starts (a holiday belongs to the half term before it), or 31 August. */
const lastDayOf = (selection: BoardSelection): string => {
  const halfTerm = selection.halfTerm ?? 6;
  if (halfTerm === 6) return `${Number(selection.academicYear.slice(0, 4)) + 1}-08-31`;
  return addDays(halfTermStartDate(defaultHalfTermCalendar, nextTerm({ academicYear: selection.academicYear, halfTerm })), -1);
};

const rank = (values: number[], percent: number): number | null => {
  const sorted = [...values].sort((left, right) => left - right);
  return sorted.length === 0 ? null : (sorted[Math.ceil((percent / 100) * sorted.length) - 1] ?? null);
};
const summary = (values: number[]) => ({ count: values.length, medianDays: rank(values, 50), percentile90Days: rank(values, 90) });
const percentage = (numerator: number, denominator: number) => ({ numerator, denominator, percentage: denominator === 0 ? null : Math.round((numerator / denominator) * 1000) / 10 });

export const oracleFigures = (all: ReadonlyArray<OracleCase>, selection: BoardSelection) => {
  const cases = all.filter((found) => selection.district === undefined || found.referral.district === selection.district);
  const reviews = cases.flatMap((found) => found.reviews.filter((review) => sameTerm(review.meeting, selection)));
  const outcomes = reviews.flatMap((review) => review.outcomes.map((outcome) => outcome.outcome));
  const count = (values: ReadonlyArray<string>, code: string) => values.filter((value) => value === code).length;
  const closures = cases.filter((found) => dateIn(found.closed?.on, selection)).map((found) => found.closed?.reason ?? '');
  const escalations = cases.filter((found) => dateIn(found.escalatedOn, selection)).length;
  const groupOutcomes = cases.flatMap((found) => found.groupOutcomes.filter((discussion) => dateIn(discussion.on, selection)).map((discussion) => discussion.outcome));
  const end = lastDayOf(selection);
  return {
    volumes: {
      referrals: cases.filter((found) => dateIn(found.referredOn, selection)).length,
      consents: cases.flatMap((found) => found.consents).filter((date) => dateIn(date, selection)).length,
      discussions: cases.filter((found) => found.firstDiscussion && sameTerm(found.firstDiscussion.meeting, selection)).length,
      reviews: reviews.length,
      escalations,
      lmgDiscussions: groupOutcomes.length,
      closures: closures.length,
      openCases: cases.filter((found) => found.referredOn <= end && (found.closed === undefined || found.closed.on > end)).length,
    },
    timeliness: {
      referralToConsent: summary(cases.filter((found) => dateIn(found.consents[0], selection)).map((found) => daysBetween(found.referredOn, found.consents[0] ?? ''))),
      consentToFirstDiscussion: summary(
        cases.filter((found) => found.firstDiscussion && sameTerm(found.firstDiscussion.meeting, selection)).map((found) => daysBetween(found.consents[0] ?? '', found.firstDiscussion?.on ?? '')),
      ),
    },
    effectiveness: {
      actionOutcomes: { worked: count(outcomes, 'worked'), 'partly-worked': count(outcomes, 'partly-worked'), 'did-not-work': count(outcomes, 'did-not-work'), 'not-done': count(outcomes, 'not-done') },
      reviewConclusions: Object.fromEntries(['needs-met', 'continue-with-new-actions', 'not-working'].map((code) => [code, count(reviews.map((review) => review.conclusion), code)])),
      closureReasons: Object.fromEntries(['needs-met', 'consent-withdrawn', 'left-the-area', 'passed-to-locality-management-group', 'other'].map((code) => [code, count(closures, code)])),
      lmgOutcomes: Object.fromEntries(
        ['back-to-hub', 'needs-assessment-requested', 'specialist-provision', 'specialist-outreach', 'referred-to-another-service', 'closed', 'discuss-again'].map((code) => [code, count(groupOutcomes, code)]),
      ),
      needsMet: count(closures, 'needs-met'),
      escalationRate: percentage(escalations, reviews.length),
      reReferrals: cases.filter((found) => found.reReferral && dateIn(found.referredOn, selection)).length,
    },
  };
};

export const oracleGroup = (dimension: EquityDimension, found: OracleCase): string => {
  const { referral } = found;
  const primary = referral.needs.find((need) => need.rank === 1)?.need;
  switch (dimension) {
    case 'sex':
      return referral.sex;
    case 'ethnicity-group':
      return staffordshireConfiguration.ethnicityMajorGroups[referral.ethnicity];
    case 'phase':
      return phaseOf(referral.yearGroup);
    case 'primary-need':
      return primary ?? 'not-recorded';
    case 'broad-area':
      return primary === undefined ? 'unclassified' : broadAreaOf(primary);
    case 'provision':
      return referral.senProvision;
    case 'pupil-premium':
      return referral.pupilPremium ? 'eligible' : 'not-eligible';
  }
};

export const oracleMultiAgency = (events: ReadonlyArray<HubEvent>, selection: BoardSelection) => {
  const meetings = events.filter(
    (event): event is Extract<HubEvent, { type: 'MeetingHeld' | 'MeetingCancelled' }> =>
      (event.type === 'MeetingHeld' || event.type === 'MeetingCancelled') && sameTerm(event.meeting, selection) && (selection.district === undefined || event.meeting.district === selection.district),
  );
  const held = meetings.filter((event): event is Extract<HubEvent, { type: 'MeetingHeld' }> => event.type === 'MeetingHeld');
  const attended = (agency: string) => held.filter((event) => event.attendance.some((attendee) => attendee.agency === agency)).length;
  const allThree = held.filter((event) => ['education', 'social-care', 'health'].every((agency) => event.attendance.some((attendee) => attendee.agency === agency))).length;
  return {
    meetingsHeld: held.length,
    meetingsCancelled: meetings.length - held.length,
    attendedBy: { education: percentage(attended('education'), held.length), 'social-care': percentage(attended('social-care'), held.length), health: percentage(attended('health'), held.length) },
    attendedByAllThree: percentage(allThree, held.length),
  };
};
