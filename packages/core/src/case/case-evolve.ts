import type { CaseEvent } from './case-events';
import type { CaseState, ReferredCase } from './case-state';

/**
 * Folds one event into the case state. Total over every decodable event: an event
 * the rules would have refused (found in a foreign or tampered history) never throws
 * here; the auditor's rule replay reports it instead.
 */
export const evolveCase = (state: CaseState, event: CaseEvent): CaseState => {
  if (event.type === 'Referred') {
    if (state.status !== 'not-referred') return state;
    return {
      status: 'open',
      caseId: event.caseId,
      childReference: event.referral.childReference,
      district: event.referral.district,
      yearGroup: event.referral.yearGroup,
      referredOn: event.occurredOn,
      lastOccurredOn: event.occurredOn,
      consent: 'awaited',
      stage: 'awaiting-first-discussion',
      lastMeeting: undefined,
      actionsAgreedAt: undefined,
      outstandingActions: [],
      agreedActionIds: [],
      lastConclusion: undefined,
      closureReason: undefined,
    };
  }
  if (state.status === 'not-referred') return state;
  return evolveReferred(state, event);
};

const evolveReferred = (state: ReferredCase, event: Exclude<CaseEvent, { type: 'Referred' }>): ReferredCase => {
  const lastOccurredOn = event.occurredOn > state.lastOccurredOn ? event.occurredOn : state.lastOccurredOn;
  switch (event.type) {
    case 'ConsentGiven':
      return { ...state, lastOccurredOn, consent: 'given' };
    case 'ConsentWithdrawn':
      return { ...state, lastOccurredOn, consent: 'withdrawn' };
    case 'Discussed':
      return { ...state, lastOccurredOn, stage: 'discussed', lastMeeting: event.meeting };
    case 'ActionsAgreed':
      return {
        ...state,
        lastOccurredOn,
        stage: 'actions-agreed',
        actionsAgreedAt: event.meeting,
        outstandingActions: [...state.outstandingActions, ...event.actions],
        agreedActionIds: [...state.agreedActionIds, ...event.actions.map((action) => action.actionId)],
      };
    case 'Reviewed':
      return {
        ...state,
        lastOccurredOn,
        stage: 'reviewed',
        lastMeeting: event.meeting,
        outstandingActions: [],
        lastConclusion: event.conclusion,
      };
    case 'EscalatedToLMG':
      return { ...state, lastOccurredOn, stage: 'escalated' };
    case 'CaseClosed':
      return { ...state, lastOccurredOn, status: 'closed', closureReason: event.reason };
  }
};
