import { either as E } from 'fp-ts';
import { eventsIfAllPass, type Check } from '../decider/checks-in-order';
import type { Decider } from '../decider/decider';
import type { MeetingReference } from '../meeting/meeting-reference';
import { staffordshireConfiguration, type HubConfiguration } from '../reference/hub-configuration';
import type { CaseCommand, CaseCommandOf } from './case-commands';
import type { CaseEvent } from './case-events';
import { evolveCase } from './case-evolve';
import { rejectCase, type CaseRejection } from './case-rejections';
import {
  checkActionsAtDiscussionMeeting,
  checkConsentCurrent,
  checkConsentGiver,
  checkDateNotBefore,
  checkDistrictKnown,
  checkNeeds,
  checkNewActions,
  checkOpen,
  checkOutcomesMatch,
  checkOwnDistrict,
  checkReviewable,
} from './case-rules';
import { checkOwnLMG, checkRecommendations, checkWaitingOnLMG } from './lmg-case-rules';
import { initialCaseState, type CaseState, type ReferredCase } from './case-state';

export type CaseDecision = E.Either<CaseRejection, ReadonlyArray<CaseEvent>>;
export type CaseDecider = Decider<CaseCommand, CaseEvent, CaseState, CaseRejection>;

const decideRefer = (configuration: HubConfiguration, command: CaseCommandOf<'Refer'>, state: CaseState): CaseDecision =>
  state.status !== 'not-referred'
    ? E.left(rejectCase('case-already-referred', command.caseId, `The case ${command.caseId} was referred on ${state.referredOn}.`))
    : eventsIfAllPass(
        [
          () => checkDistrictKnown(configuration, command.caseId, command.referral.district),
          () => checkNeeds(command.caseId, command.referral.needs, command.referral.senProvision),
        ],
        [{ type: 'Referred', caseId: command.caseId, occurredOn: command.occurredOn, referral: command.referral }],
      );

/** The decisions about a case that has been referred; each checks its rules in the order a person would explain them. */
const decideReferred = (configuration: HubConfiguration, command: Exclude<CaseCommand, { type: 'Refer' }>, state: ReferredCase): CaseDecision => {
  const { caseId, occurredOn } = command;
  const open: Check<CaseRejection> = () => checkOpen(state);
  const dated: Check<CaseRejection> = () => checkDateNotBefore(state, occurredOn);
  const consented: Check<CaseRejection> = () => checkConsentCurrent(state);
  /** The checks of a decision taken at a meeting (a discussion, actions, a review): the case is open, the date in order, consent current, the meeting its district's. */
  const atOwnMeeting = (meeting: MeetingReference, ...then: ReadonlyArray<Check<CaseRejection>>): ReadonlyArray<Check<CaseRejection>> => [
    open,
    dated,
    consented,
    () => checkOwnDistrict(state, meeting),
    ...then,
  ];
  switch (command.type) {
    case 'RecordConsent': {
      const lacksCapacity = command.youngPersonLacksCapacity ?? false;
      return eventsIfAllPass(
        [
          open,
          dated,
          () =>
            state.consent === 'given'
              ? E.left(rejectCase('consent-already-given', caseId, 'Consent is already given and has not been withdrawn.'))
              : checkConsentGiver(state, command.givenBy, lacksCapacity),
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
        atOwnMeeting(command.meeting, () =>
          state.stage === 'awaiting-first-discussion' || state.stage === 'returned-to-hub'
            ? E.right(undefined)
            : E.left(rejectCase('already-discussed', caseId, 'The case has already had its first discussion.')),
        ),
        [{ type: 'Discussed', caseId, occurredOn, meeting: command.meeting }],
      );
    case 'AgreeActions':
      return eventsIfAllPass(
        atOwnMeeting(
          command.meeting,
          () => checkActionsAtDiscussionMeeting(state, command.meeting),
          () => checkNewActions(state, command.actions),
        ),
        [{ type: 'ActionsAgreed', caseId, occurredOn, meeting: command.meeting, actions: command.actions }],
      );
    case 'Review':
      return eventsIfAllPass(
        atOwnMeeting(
          command.meeting,
          () => checkReviewable(state, command.meeting),
          () => checkOutcomesMatch(state, command.outcomes),
        ),
        [{ type: 'Reviewed', caseId, occurredOn, meeting: command.meeting, outcomes: command.outcomes, conclusion: command.conclusion }],
      );
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
        [open, dated, consented, () => checkWaitingOnLMG(state), () => checkOwnLMG(configuration, state, command.meeting), () => checkRecommendations(state, command.outcome, command.recommendations)],
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
