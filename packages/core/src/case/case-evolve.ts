import type { MeetingReference } from '../meeting/meeting-reference';
import type { CalendarDate } from '../values/calendar-date';
import type { ActionId } from '../values/identifiers';
import type { CaseEvent } from './case-events';
import type { CaseStage, CaseState, ConsentStatus, ReferredCase } from './case-state';
import type { AgreedAction, ClosureReason, ReviewConclusion } from './case-vocabulary';

/** What one event changes in a referred case; a field left out keeps its value (no event clears a field). */
interface CaseChange {
  readonly status?: ReferredCase['status'];
  readonly consent?: ConsentStatus;
  readonly stage?: CaseStage;
  readonly lastMeeting?: MeetingReference;
  readonly actionsAgreedAt?: MeetingReference;
  readonly outstandingActions?: ReadonlyArray<AgreedAction>;
  readonly agreedActionIds?: ReadonlyArray<ActionId>;
  readonly lastConclusion?: ReviewConclusion;
  readonly closureReason?: ClosureReason;
}

/**
 * The next state, every field written out in one order rather than spread from the
 * last: folding is what every load pays per event, spreads were most of its cost, and
 * states built by one factory share one shape, which keeps property access fast.
 */
const changedCase = (state: ReferredCase, lastOccurredOn: CalendarDate, change: CaseChange): ReferredCase => ({
  status: change.status ?? state.status,
  caseId: state.caseId,
  childReference: state.childReference,
  district: state.district,
  yearGroup: state.yearGroup,
  referredOn: state.referredOn,
  lastOccurredOn,
  consent: change.consent ?? state.consent,
  stage: change.stage ?? state.stage,
  lastMeeting: change.lastMeeting ?? state.lastMeeting,
  actionsAgreedAt: change.actionsAgreedAt ?? state.actionsAgreedAt,
  outstandingActions: change.outstandingActions ?? state.outstandingActions,
  agreedActionIds: change.agreedActionIds ?? state.agreedActionIds,
  lastConclusion: change.lastConclusion ?? state.lastConclusion,
  closureReason: change.closureReason ?? state.closureReason,
});

const actionIdsOf = (actions: ReadonlyArray<AgreedAction>): ReadonlyArray<ActionId> => actions.map((action) => action.actionId);

/**
 * Folds one event into the case state. Total over every decodable event: an event
 * the rules would have refused (found in a foreign or tampered history) never throws
 * here; the auditor's rule replay reports it instead. Pure: the state given is never
 * changed, only read.
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
      return changedCase(state, lastOccurredOn, { consent: 'given' });
    case 'ConsentWithdrawn':
      return changedCase(state, lastOccurredOn, { consent: 'withdrawn' });
    case 'Discussed':
      return changedCase(state, lastOccurredOn, { stage: 'discussed', lastMeeting: event.meeting });
    case 'ActionsAgreed':
      return changedCase(state, lastOccurredOn, {
        stage: 'actions-agreed',
        actionsAgreedAt: event.meeting,
        outstandingActions: state.outstandingActions.concat(event.actions),
        agreedActionIds: state.agreedActionIds.concat(actionIdsOf(event.actions)),
      });
    case 'Reviewed':
      return changedCase(state, lastOccurredOn, { stage: 'reviewed', lastMeeting: event.meeting, outstandingActions: [], lastConclusion: event.conclusion });
    case 'EscalatedToLMG':
      return changedCase(state, lastOccurredOn, { stage: 'escalated' });
    case 'CaseClosed':
      return changedCase(state, lastOccurredOn, { status: 'closed', closureReason: event.reason });
  }
};
