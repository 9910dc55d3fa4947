import { either as E } from 'fp-ts';
import { pipe } from 'fp-ts/function';
import type { Decider } from '../decider/decider';
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
import { initialCaseState, type CaseState, type ReferredCase } from './case-state';

export type CaseDecision = E.Either<CaseRejection, ReadonlyArray<CaseEvent>>;
export type CaseDecider = Decider<CaseCommand, CaseEvent, CaseState, CaseRejection>;

const emit = (...events: ReadonlyArray<CaseEvent>) => (): CaseDecision => E.right(events);

const decideRefer = (configuration: HubConfiguration, command: CaseCommandOf<'Refer'>, state: CaseState): CaseDecision =>
  state.status !== 'not-referred'
    ? E.left(rejectCase('case-already-referred', command.caseId, `The case ${command.caseId} was referred on ${state.referredOn}.`))
    : pipe(
        checkDistrictKnown(configuration, command.caseId, command.referral.district),
        E.chain(() => checkNeeds(command.caseId, command.referral.needs, command.referral.senProvision)),
        E.chain(emit({ type: 'Referred', caseId: command.caseId, occurredOn: command.occurredOn, referral: command.referral })),
      );

/** The decisions about a case that has been referred; each checks its rules in the order a person would explain them. */
const decideReferred = (command: Exclude<CaseCommand, { type: 'Refer' }>, state: ReferredCase): CaseDecision => {
  const { caseId, occurredOn } = command;
  const common = pipe(checkOpen(state), E.chain(() => checkDateNotBefore(state, occurredOn)));
  switch (command.type) {
    case 'RecordConsent': {
      const lacksCapacity = command.youngPersonLacksCapacity ?? false;
      return pipe(
        common,
        E.chain(() =>
          state.consent === 'given'
            ? E.left(rejectCase('consent-already-given', caseId, 'Consent is already given and has not been withdrawn.'))
            : checkConsentGiver(state, command.givenBy, lacksCapacity),
        ),
        E.chain(emit({ type: 'ConsentGiven', caseId, occurredOn, givenBy: command.givenBy, form: command.form, youngPersonLacksCapacity: lacksCapacity })),
      );
    }
    case 'WithdrawConsent':
      return pipe(
        common,
        E.chain(() => (state.consent === 'given' ? E.right(undefined) : E.left(rejectCase('consent-not-given', caseId, 'Consent is not currently given.')))),
        E.chain(emit({ type: 'ConsentWithdrawn', caseId, occurredOn, withdrawnBy: command.withdrawnBy })),
      );
    case 'Discuss':
      return pipe(
        common,
        E.chain(() => checkConsentCurrent(state)),
        E.chain(() => checkOwnDistrict(state, command.meeting)),
        E.chain(() =>
          state.stage === 'awaiting-first-discussion'
            ? E.right(undefined)
            : E.left(rejectCase('already-discussed', caseId, 'The case has already had its first discussion.')),
        ),
        E.chain(emit({ type: 'Discussed', caseId, occurredOn, meeting: command.meeting })),
      );
    case 'AgreeActions':
      return pipe(
        common,
        E.chain(() => checkConsentCurrent(state)),
        E.chain(() => checkOwnDistrict(state, command.meeting)),
        E.chain(() => checkActionsAtDiscussionMeeting(state, command.meeting)),
        E.chain(() => checkNewActions(state, command.actions)),
        E.chain(emit({ type: 'ActionsAgreed', caseId, occurredOn, meeting: command.meeting, actions: command.actions })),
      );
    case 'Review':
      return pipe(
        common,
        E.chain(() => checkConsentCurrent(state)),
        E.chain(() => checkOwnDistrict(state, command.meeting)),
        E.chain(() => checkReviewable(state, command.meeting)),
        E.chain(() => checkOutcomesMatch(state, command.outcomes)),
        E.chain(emit({ type: 'Reviewed', caseId, occurredOn, meeting: command.meeting, outcomes: command.outcomes, conclusion: command.conclusion })),
      );
    case 'EscalateToLMG':
      return pipe(
        common,
        E.chain(() => checkConsentCurrent(state)),
        E.chain(() =>
          state.stage === 'reviewed' && state.lastConclusion === 'not-working'
            ? E.right(undefined)
            : E.left(
                rejectCase(
                  'escalation-without-failed-review',
                  caseId,
                  state.stage === 'escalated' ? 'The case has already been escalated.' : 'The case’s latest review did not conclude “not working”.',
                ),
              ),
        ),
        E.chain(emit({ type: 'EscalatedToLMG', caseId, occurredOn, reason: command.reason })),
      );
    case 'Close':
      return pipe(
        common,
        E.chain(() =>
          command.reason !== 'needs-met' || (state.stage === 'reviewed' && state.lastConclusion === 'needs-met')
            ? E.right(undefined)
            : E.left(rejectCase('closure-needs-met-without-review', caseId, 'No review has concluded that the needs were met.')),
        ),
        E.chain(emit({ type: 'CaseClosed', caseId, occurredOn, reason: command.reason })),
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
    return decideReferred(command, state);
  },
});

/** The case decider for the default configuration: Staffordshire's eight districts. */
export const caseDecider: CaseDecider = createCaseDecider(staffordshireConfiguration);
