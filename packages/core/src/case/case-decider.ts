import { either as E } from 'fp-ts';
import { eventsIfAllPass, type Check } from '../decider/checks-in-order';
import type { Decider } from '../decider/decider';
import type { MeetingReference } from '../meeting/meeting-reference';
import type { WithRecordedMeeting } from '../meeting/recorded-meeting';
import { staffordshireConfiguration, type HubConfiguration } from '../reference/hub-configuration';
import { formatCalendarDate } from '../values/calendar-date';
import type { CaseCommand, CaseCommandOf } from './case-commands';
import type { CaseEvent } from './case-events';
import { evolveCase } from './case-evolve';
import { rejectCase, type CaseRejection } from './case-rejections';
import { consentGivers } from './case-vocabulary';
import type { HeardViews } from './consent-and-views';
import {
  checkActionsAtDiscussionMeeting,
  checkAtMeetingHeld,
  checkConsentCurrent,
  checkConsentGiver,
  checkConsentNotAfterReferral,
  checkDateNotBefore,
  checkDistrictKnown,
  checkNeeds,
  checkNewActions,
  checkOpen,
  checkOutcomesMatch,
  checkOwnDistrict,
  checkReviewable,
} from './case-rules';
import { checkAtHeldLMGMeeting, checkOwnLMG, checkRecommendations, checkWaitingOnLMG } from './lmg-case-rules';
import { checkDiscussable, checkMoveChangesPlace, placeAfterMove, yearGroupOfCaseOn, yearGroupRecorded } from './move-case-rules';
import { initialCaseState, type CaseState, type ReferredCase } from './case-state';

export type CaseDecision = E.Either<CaseRejection, ReadonlyArray<CaseEvent>>;
/**
 * Decides on a case command, told what the meeting it names has recorded when the shell
 * knows (`WithRecordedMeeting`): the hub's case handler reads it from the meeting's stream.
 */
export type CaseDecider = Decider<WithRecordedMeeting<CaseCommand>, CaseEvent, CaseState, CaseRejection>;

/** The `ViewsHeard` events of views that came with a command, dated with it; at its meeting when it has one. */
const viewsHeard = (
  caseId: string,
  occurredOn: string,
  childReference: string,
  views: ReadonlyArray<HeardViews> | undefined,
  meeting?: MeetingReference,
): ReadonlyArray<CaseEvent> =>
  (views ?? []).map((heard) => ({
    type: 'ViewsHeard' as const,
    caseId,
    occurredOn,
    childReference,
    whose: heard.whose,
    how: heard.how,
    views: heard.views,
    ...(meeting === undefined ? {} : { meeting }),
  }));

const decideRefer = (configuration: HubConfiguration, command: WithRecordedMeeting<CaseCommandOf<'Refer'>>, state: CaseState): CaseDecision => {
  if (state.status !== 'not-referred') {
    return E.left(rejectCase('case-already-referred', command.caseId, `The case ${command.caseId} was referred on ${formatCalendarDate(state.referredOn)}.`));
  }
  if (state.overtakenBy !== undefined) {
    return E.left(
      rejectCase('referral-overtaken', command.caseId, `This referral was not recorded: another referral of the same child went ahead first, while this one was being recorded, and is the child’s case now (case ${state.overtakenBy}). Add to that case, or refer the child again once it is closed.`),
    );
  }
  const { caseId, occurredOn, referral, consent } = command;
  const lacksCapacity = consent.youngPersonLacksCapacity ?? false;
  const atReferral = { yearGroup: referral.yearGroup, referredOn: occurredOn };
  return eventsIfAllPass(
    [
      () => checkDistrictKnown(configuration, caseId, referral.district),
      () => checkNeeds(caseId, referral.needs, referral.senProvision),
      () => checkConsentNotAfterReferral(caseId, consent.givenOn, occurredOn),
      () => checkConsentGiver(caseId, atReferral, consent.givenOn, consent.givenBy, lacksCapacity),
    ],
    [
      {
        type: 'Referred',
        caseId,
        occurredOn,
        referral,
        consent: { givenBy: consent.givenBy, form: consent.form, givenOn: consent.givenOn, youngPersonLacksCapacity: lacksCapacity },
      },
      ...viewsHeard(caseId, occurredOn, referral.childReference, command.views),
    ],
  );
};

/** The decisions about a case that has been referred; each checks its rules in the order a person would explain them. */
const decideReferred = (configuration: HubConfiguration, command: WithRecordedMeeting<Exclude<CaseCommand, { type: 'Refer' }>>, state: ReferredCase): CaseDecision => {
  const { caseId, occurredOn } = command;
  const open: Check<CaseRejection> = () => checkOpen(state);
  const dated: Check<CaseRejection> = () => checkDateNotBefore(state, occurredOn);
  const consented: Check<CaseRejection> = () => checkConsentCurrent(state);
  const ownDistrict = (meeting: MeetingReference): Check<CaseRejection> => () => checkOwnDistrict(configuration, state, meeting);
  /**
   * The checks of a decision taken at a meeting (a discussion, actions, a review): the case
   * is open, the date in order, consent current, the meeting its district's, and (as its
   * own stream records it) held, on the command's date.
   */
  const atOwnMeeting = (meeting: MeetingReference, ...then: ReadonlyArray<Check<CaseRejection>>): ReadonlyArray<Check<CaseRejection>> => [
    open,
    dated,
    consented,
    ownDistrict(meeting),
    () => checkAtMeetingHeld(configuration, state, meeting, command.recordedMeeting, occurredOn),
    ...then,
  ];
  const heard = (views: ReadonlyArray<HeardViews> | undefined, meeting?: MeetingReference) => viewsHeard(caseId, occurredOn, state.childReference, views, meeting);
  switch (command.type) {
    case 'RecordConsent': {
      const lacksCapacity = command.youngPersonLacksCapacity ?? false;
      return eventsIfAllPass(
        [
          open,
          dated,
          () =>
            state.consent === 'given' && state.consentGivenBy === command.givenBy
              ? E.left(
                  rejectCase(
                    'consent-already-given',
                    caseId,
                    `Consent is already given by ${consentGivers.label(command.givenBy).toLowerCase()} and has not been withdrawn.`,
                  ),
                )
              : checkConsentGiver(caseId, yearGroupRecorded(state), occurredOn, command.givenBy, lacksCapacity),
        ],
        [{ type: 'ConsentGiven', caseId, occurredOn, givenBy: command.givenBy, form: command.form, youngPersonLacksCapacity: lacksCapacity }],
      );
    }
    case 'WithdrawConsent':
      return eventsIfAllPass(
        [open, dated, () => (state.consent === 'given' ? E.right(undefined) : E.left(rejectCase('consent-not-given', caseId, 'Consent is not currently given.')))],
        [{ type: 'ConsentWithdrawn', caseId, occurredOn, withdrawnBy: command.withdrawnBy }],
      );
    case 'Discuss':
      return eventsIfAllPass(
        atOwnMeeting(command.meeting, () => checkDiscussable(state)),
        [{ type: 'Discussed', caseId, occurredOn, meeting: command.meeting }, ...heard(command.views, command.meeting)],
      );
    case 'AgreeActions':
      return eventsIfAllPass(
        atOwnMeeting(
          command.meeting,
          () => checkActionsAtDiscussionMeeting(configuration, state, command.meeting),
          () => checkNewActions(state, command.actions),
        ),
        [{ type: 'ActionsAgreed', caseId, occurredOn, meeting: command.meeting, actions: command.actions }],
      );
    case 'Review':
      return eventsIfAllPass(
        atOwnMeeting(
          command.meeting,
          () => checkReviewable(configuration, state, command.meeting),
          () => checkOutcomesMatch(state, command.outcomes),
        ),
        [
          { type: 'Reviewed', caseId, occurredOn, meeting: command.meeting, outcomes: command.outcomes, conclusion: command.conclusion },
          ...heard(command.views, command.meeting),
        ],
      );
    case 'RecordViews': {
      const { meeting } = command;
      return eventsIfAllPass(meeting === undefined ? [open, dated, consented] : [open, dated, consented, ownDistrict(meeting)], heard([command], meeting));
    }
    case 'EscalateToLMG':
      return eventsIfAllPass(
        [
          open,
          dated,
          consented,
          () =>
            state.stage === 'reviewed' && state.lastConclusion === 'not-working'
              ? E.right(undefined)
              : E.left(
                  rejectCase(
                    'escalation-without-failed-review',
                    caseId,
                    state.stage === 'escalated' ? 'The case has already been escalated.' : 'The case’s latest review did not conclude “not working”.',
                  ),
                ),
        ],
        [{ type: 'EscalatedToLMG', caseId, occurredOn, reason: command.reason }],
      );
    case 'DiscussAtLMG':
      return eventsIfAllPass(
        [
          open,
          dated,
          consented,
          () => checkWaitingOnLMG(state),
          () => checkOwnLMG(configuration, state, command.meeting),
          () => checkAtHeldLMGMeeting(configuration, caseId, command.meeting, occurredOn, command.recordedMeeting),
          () => checkRecommendations(state, command.outcome, command.recommendations),
        ],
        [
          {
            type: 'DiscussedAtLMG',
            caseId,
            occurredOn,
            meeting: command.meeting,
            outcome: command.outcome,
            reason: command.reason,
            recommendations: command.recommendations,
          },
        ],
      );
    case 'RecordMove': {
      const to = placeAfterMove(state, command.school, command.district);
      return eventsIfAllPass(
        [open, dated, consented, () => checkDistrictKnown(configuration, caseId, to.district), () => checkMoveChangesPlace(configuration, state, to)],
        [
          {
            type: 'ChildMoved',
            caseId,
            occurredOn,
            from: { school: state.school, district: state.district },
            to,
            yearGroup: command.yearGroup ?? yearGroupOfCaseOn(state, occurredOn),
          },
        ],
      );
    }
    case 'Close':
      return eventsIfAllPass(
        [
          open,
          dated,
          () =>
            command.reason !== 'needs-met' || (state.stage === 'reviewed' && state.lastConclusion === 'needs-met')
              ? E.right(undefined)
              : E.left(rejectCase('closure-needs-met-without-review', caseId, 'No review has concluded that the needs were met.')),
        ],
        [{ type: 'CaseClosed', caseId, occurredOn, reason: command.reason }],
      );
  }
};

/** The case decider for a council's configuration (its districts). */
export const createCaseDecider = (configuration: HubConfiguration): CaseDecider => ({
  initialState: initialCaseState,
  evolve: evolveCase,
  decide: (command, state) => {
    if (command.type === 'Refer') return decideRefer(configuration, command, state);
    if (state.status === 'not-referred') {
      return E.left(rejectCase('case-not-found', command.caseId, `There is no case ${command.caseId}.`));
    }
    return decideReferred(configuration, command, state);
  },
});

/** The case decider for the default configuration: Staffordshire's eight districts. */
export const caseDecider: CaseDecider = createCaseDecider(staffordshireConfiguration);
