import { either as E } from 'fp-ts';
import { describeMeeting, isLaterMeeting, sameMeeting, type MeetingReference } from '../meeting/meeting-reference';
import { isOfConsentAge, yearGroupOn, type YearGroupAtReferral } from '../reference/consent-age';
import { districtName, type HubConfiguration } from '../reference/hub-configuration';
import { nationalCurriculumYears } from '../reference/school-years';
import { needTypes, senProvisions, type SenProvision } from '../reference/special-educational-needs';
import { formatCalendarDate, type CalendarDate } from '../values/calendar-date';
import type { RecordedMeeting } from '../meeting/recorded-meeting';
import { rejectCase, type CaseRejection } from './case-rejections';
import type { ReferredCase } from './case-state';
import { consentGivers, type ActionReview, type AgreedAction, type ConsentGiver, type RankedNeed } from './case-vocabulary';
import { capitalised } from '../values/sentence-start';

type Check = E.Either<CaseRejection, void>;
const pass: Check = E.right(undefined);

export const checkDistrictKnown = (configuration: HubConfiguration, caseId: string, district: string): Check =>
  configuration.districts.some((known) => known.id === district)
    ? pass
    : E.left(rejectCase('district-unknown', caseId, `There is no district hub “${district}” in ${configuration.councilName}.`));

export const checkNeeds = (caseId: string, needs: ReadonlyArray<RankedNeed>, provision: SenProvision): Check => {
  const primaries = needs.filter((need) => need.rank === 1).length;
  if (primaries !== 1) return E.left(rejectCase('needs-invalid', caseId, `The referral names ${primaries} primary needs.`));
  const seen = new Set<string>();
  for (const { need } of needs) {
    if (seen.has(need)) return E.left(rejectCase('needs-invalid', caseId, `The need “${needTypes.label(need).toLowerCase()}” is named twice.`));
    seen.add(need);
  }
  if (seen.has('NSA') && provision !== 'K') {
    return E.left(
      rejectCase('needs-invalid', caseId, `“No specialist assessment of type of need” is given with the provision “${senProvisions.label(provision).toLowerCase()}”.`),
    );
  }
  return pass;
};

export const checkOpen = (state: ReferredCase): Check =>
  state.status === 'closed' ? E.left(rejectCase('case-closed', state.caseId, 'The case is closed.')) : pass;

export const checkDateNotBefore = (state: ReferredCase, occurredOn: CalendarDate): Check =>
  occurredOn < state.lastOccurredOn
    ? E.left(rejectCase('date-before-previous-event', state.caseId, `The date ${formatCalendarDate(occurredOn)} is before ${formatCalendarDate(state.lastOccurredOn)}, the date of the case’s previous event.`))
    : pass;

export const checkConsentCurrent = (state: ReferredCase): Check =>
  state.consent === 'given'
    ? pass
    : E.left(rejectCase('consent-required', state.caseId, state.consent === 'withdrawn' ? 'Consent has been withdrawn.' : 'Consent has not been recorded yet.'));

/**
 * Who consents on `date`: the young person from the last Friday of June of the school
 * year in which they reach the end of Year 11 (judged with the year group they are in
 * on that date), unless they lack capacity; before that, a parent or carer.
 */
export const consentGiverOn = (referral: YearGroupAtReferral, date: CalendarDate, youngPersonLacksCapacity: boolean): ConsentGiver =>
  isOfConsentAge(yearGroupOn(referral, date), date) && !youngPersonLacksCapacity ? 'young-person' : 'parent-or-carer';

export const checkConsentGiver = (
  caseId: string,
  referral: YearGroupAtReferral,
  date: CalendarDate,
  givenBy: ConsentGiver,
  youngPersonLacksCapacity: boolean,
): Check => {
  const expected = consentGiverOn(referral, date, youngPersonLacksCapacity);
  const yearGroup = nationalCurriculumYears.label(yearGroupOn(referral, date));
  return givenBy === expected
    ? pass
    : E.left(
        rejectCase(
          'consent-from-wrong-person',
          caseId,
          `Consent was recorded from ${consentGivers.label(givenBy).toLowerCase()}, but for a child in ${yearGroup} on ${formatCalendarDate(date)} it must come from ${consentGivers.label(expected).toLowerCase()}.`,
        ),
      );
};

export const checkConsentNotAfterReferral = (caseId: string, givenOn: CalendarDate, referredOn: CalendarDate): Check =>
  givenOn > referredOn
    ? E.left(rejectCase('consent-after-referral', caseId, `The consent is dated ${formatCalendarDate(givenOn)}, after the referral on ${formatCalendarDate(referredOn)}.`))
    : pass;

/** A meeting in words: "the Cannock Chase hub meeting of Autumn 1 2025/26". */
export const meetingInWords = (configuration: HubConfiguration, meeting: MeetingReference): string =>
  describeMeeting(meeting, districtName(configuration, meeting.district));

export const checkOwnDistrict = (configuration: HubConfiguration, state: ReferredCase, meeting: MeetingReference): Check =>
  meeting.district === state.district
    ? pass
    : E.left(
        rejectCase(
          'meeting-in-another-district',
          state.caseId,
          `The case belongs to the ${districtName(configuration, state.district)} hub, not the ${districtName(configuration, meeting.district)} hub.`,
        ),
      );

/** The meeting, as its own stream records it, was held on the command's date; a meeting not recorded yet is not checked. */
export const checkAtMeetingHeld = (
  configuration: HubConfiguration,
  state: ReferredCase, meeting: MeetingReference, recorded: RecordedMeeting | undefined, occurredOn: CalendarDate): Check => {
  if (recorded === undefined || recorded.status === 'not-recorded') return pass;
  const described = describeMeeting(meeting, districtName(configuration, meeting.district));
  if (recorded.status === 'cancelled') {
    return E.left(rejectCase('meeting-cancelled', state.caseId, `${capitalised(described)} was cancelled on ${formatCalendarDate(recorded.cancelledOn)}.`));
  }
  return recorded.heldOn === occurredOn
    ? pass
    : E.left(
        rejectCase(
          'date-not-meeting-date',
          state.caseId,
          `The date ${formatCalendarDate(occurredOn)} is not the day ${described} was held (${formatCalendarDate(recorded.heldOn)}).`,
        ),
      );
};

export const checkActionsAtDiscussionMeeting = (configuration: HubConfiguration, state: ReferredCase, meeting: MeetingReference): Check => {
  const inWords = (reference: MeetingReference): string => meetingInWords(configuration, reference);
  const atThisMeeting = state.lastMeeting !== undefined && sameMeeting(state.lastMeeting, meeting);
  const stillOpenForActions = state.stage === 'discussed' || state.stage === 'reviewed' || (state.stage === 'actions-agreed' && state.actionsAgreedAt !== undefined && sameMeeting(state.actionsAgreedAt, meeting));
  return atThisMeeting && stillOpenForActions
    ? pass
    : E.left(
        rejectCase(
          'actions-not-at-discussion-meeting',
          state.caseId,
          state.lastMeeting === undefined
            ? 'The case has not been discussed yet.'
            : atThisMeeting
              ? `Actions for the case can no longer be agreed at ${inWords(meeting)}: since it was last discussed or reviewed there it has been ${describeStage(state.stage)}.`
              : `The case was last discussed or reviewed at ${inWords(state.lastMeeting)}, not ${inWords(meeting)}.`,
        ),
      );
};

const stagesInWords: Readonly<Record<ReferredCase['stage'], string>> = {
  'awaiting-first-discussion': 'waiting for its first discussion',
  discussed: 'discussed',
  'actions-agreed': 'given actions at another meeting',
  reviewed: 'reviewed',
  escalated: 'escalated to the Locality Management Group',
  'returned-to-hub': 'sent back to the hub by the Locality Management Group',
};

const describeStage = (stage: ReferredCase['stage']): string => stagesInWords[stage];

export const checkNewActions = (state: ReferredCase, actions: ReadonlyArray<AgreedAction>): Check => {
  if (actions.length === 0) return E.left(rejectCase('actions-invalid', state.caseId, 'No actions were given.'));
  const seen = new Set(state.agreedActionIds);
  for (const { actionId } of actions) {
    if (seen.has(actionId)) return E.left(rejectCase('actions-invalid', state.caseId, `The action id ${actionId} is used twice.`));
    seen.add(actionId);
  }
  return pass;
};

export const checkReviewable = (configuration: HubConfiguration, state: ReferredCase, meeting: MeetingReference): Check => {
  if (state.stage !== 'actions-agreed' || state.actionsAgreedAt === undefined || state.outstandingActions.length === 0) {
    return E.left(rejectCase('no-actions-to-review', state.caseId, 'The case has no outstanding actions.'));
  }
  return isLaterMeeting(meeting, state.actionsAgreedAt)
    ? pass
    : E.left(
        rejectCase(
          'review-not-after-agreement',
          state.caseId,
          `The actions were agreed at ${meetingInWords(configuration, state.actionsAgreedAt)}; ${meetingInWords(configuration, meeting)} is not later.`,
        ),
      );
};

export const checkOutcomesMatch = (state: ReferredCase, outcomes: ReadonlyArray<ActionReview>): Check => {
  const outstanding = new Set(state.outstandingActions.map((action) => action.actionId));
  const reviewed = new Set<string>();
  for (const { actionId } of outcomes) {
    if (!outstanding.has(actionId)) {
      return E.left(rejectCase('review-outcomes-mismatch', state.caseId, `The action ${actionId} is not an outstanding action of this case.`));
    }
    if (reviewed.has(actionId)) return E.left(rejectCase('review-outcomes-mismatch', state.caseId, `The action ${actionId} is given two outcomes.`));
    reviewed.add(actionId);
  }
  const missing = [...outstanding].filter((actionId) => !reviewed.has(actionId));
  return missing.length === 0
    ? pass
    : E.left(rejectCase('review-outcomes-mismatch', state.caseId, `No outcome was given for the action${missing.length > 1 ? 's' : ''} ${missing.join(', ')}.`));
};
