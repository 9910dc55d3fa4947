import { either as E } from 'fp-ts';
import { describeMeeting, isLaterMeeting, sameMeeting, type MeetingReference } from '../meeting/meeting-reference';
import type { HubConfiguration } from '../reference/hub-configuration';
import { isPastCompulsorySchoolAge } from '../reference/school-years';
import type { SenProvision } from '../reference/special-educational-needs';
import type { CalendarDate } from '../values/calendar-date';
import { rejectCase, type CaseRejection } from './case-rejections';
import type { ReferredCase } from './case-state';
import { consentGivers, type ActionReview, type AgreedAction, type ConsentGiver, type RankedNeed } from './case-vocabulary';

type Check = E.Either<CaseRejection, void>;
const pass: Check = E.right(undefined);

export const checkDistrictKnown = (configuration: HubConfiguration, caseId: string, district: string): Check =>
  configuration.districts.some((known) => known.id === district)
    ? pass
    : E.left(rejectCase('district-unknown', caseId, `There is no district hub "${district}" in ${configuration.councilName}.`));

export const checkNeeds = (caseId: string, needs: ReadonlyArray<RankedNeed>, provision: SenProvision): Check => {
  const primaries = needs.filter((need) => need.rank === 1).length;
  if (primaries !== 1) return E.left(rejectCase('needs-invalid', caseId, `The referral names ${primaries} primary needs.`));
  const seen = new Set<string>();
  for (const { need } of needs) {
    if (seen.has(need)) return E.left(rejectCase('needs-invalid', caseId, `The need ${need} is named twice.`));
    seen.add(need);
  }
  if (seen.has('NSA') && provision !== 'K') {
    return E.left(rejectCase('needs-invalid', caseId, `“No specialist assessment” (NSA) is given with provision ${provision}.`));
  }
  return pass;
};

export const checkOpen = (state: ReferredCase): Check =>
  state.status === 'closed' ? E.left(rejectCase('case-closed', state.caseId, 'The case is closed.')) : pass;

export const checkDateNotBefore = (state: ReferredCase, occurredOn: CalendarDate): Check =>
  occurredOn < state.lastOccurredOn
    ? E.left(rejectCase('date-before-previous-event', state.caseId, `The date ${occurredOn} is before ${state.lastOccurredOn}, the date of the case’s previous event.`))
    : pass;

export const checkConsentCurrent = (state: ReferredCase): Check =>
  state.consent === 'given'
    ? pass
    : E.left(rejectCase('consent-required', state.caseId, state.consent === 'withdrawn' ? 'Consent has been withdrawn.' : 'Consent has not been recorded yet.'));

export const expectedConsentGiver = (state: ReferredCase, youngPersonLacksCapacity: boolean): ConsentGiver =>
  isPastCompulsorySchoolAge(state.yearGroup) && !youngPersonLacksCapacity ? 'young-person' : 'parent-or-carer';

export const checkConsentGiver = (state: ReferredCase, givenBy: ConsentGiver, youngPersonLacksCapacity: boolean): Check => {
  const expected = expectedConsentGiver(state, youngPersonLacksCapacity);
  return givenBy === expected
    ? pass
    : E.left(
        rejectCase(
          'consent-from-wrong-person',
          state.caseId,
          `Consent was recorded from ${consentGivers.label(givenBy).toLowerCase()}, but for a child in ${state.yearGroup} it must come from ${consentGivers.label(expected).toLowerCase()}.`,
        ),
      );
};

export const checkOwnDistrict = (state: ReferredCase, meeting: MeetingReference): Check =>
  meeting.district === state.district
    ? pass
    : E.left(rejectCase('meeting-in-another-district', state.caseId, `The case belongs to ${state.district}, not ${meeting.district}.`));

export const checkActionsAtDiscussionMeeting = (state: ReferredCase, meeting: MeetingReference): Check => {
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
              ? `Actions for the case can no longer be agreed at ${describeMeeting(meeting)}: since it was last discussed or reviewed there it has been ${describeStage(state.stage)}.`
              : `The case was last discussed or reviewed at ${describeMeeting(state.lastMeeting)}, not ${describeMeeting(meeting)}.`,
        ),
      );
};

const describeStage = (stage: ReferredCase['stage']): string =>
  stage === 'escalated'
    ? 'escalated to the Locality Management Group'
    : stage === 'returned-to-hub'
      ? 'sent back to the hub by the Locality Management Group'
      : stage === 'actions-agreed' ? 'given actions at another meeting' : `moved on (${stage.replace(/-/g, ' ')})`;

export const checkNewActions = (state: ReferredCase, actions: ReadonlyArray<AgreedAction>): Check => {
  if (actions.length === 0) return E.left(rejectCase('actions-invalid', state.caseId, 'No actions were given.'));
  const seen = new Set(state.agreedActionIds);
  for (const { actionId } of actions) {
    if (seen.has(actionId)) return E.left(rejectCase('actions-invalid', state.caseId, `The action id ${actionId} is used twice.`));
    seen.add(actionId);
  }
  return pass;
};

export const checkReviewable = (state: ReferredCase, meeting: MeetingReference): Check => {
  if (state.stage !== 'actions-agreed' || state.actionsAgreedAt === undefined || state.outstandingActions.length === 0) {
    return E.left(rejectCase('no-actions-to-review', state.caseId, 'The case has no outstanding actions.'));
  }
  return isLaterMeeting(meeting, state.actionsAgreedAt)
    ? pass
    : E.left(
        rejectCase(
          'review-not-after-agreement',
          state.caseId,
          `The actions were agreed at ${describeMeeting(state.actionsAgreedAt)}; ${describeMeeting(meeting)} is not later.`,
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
