import { lmgOutcomeEffect } from '../lmg/lmg-outcomes';
import { copyOfMeeting } from '../meeting/meeting-reference';
import type { CalendarDate } from '../values/calendar-date';
import type { ActionId } from '../values/identifiers';
import type { CaseEvent } from './case-events';
import type { CaseState, ReferredCase } from './case-state';
import type { AgreedAction } from './case-vocabulary';
import { consentNotRecordedAtReferral } from './consent-and-views';

/** A state this module has just built and still owns: it may set fields before handing it out, never after. */
type NewCase = { -readonly [Field in keyof ReferredCase]: ReferredCase[Field] };

/**
 * A copy of the state, every field written out in one order rather than spread: folding
 * is what every load pays per event, spreads were most of its cost, and states built by
 * one factory share one shape. Each event then sets the fields it changes on the copy,
 * rather than passing a change object: one shape of change per event type made reading
 * the changes megamorphic.
 */
const copiedCase = (state: ReferredCase, lastOccurredOn: CalendarDate): NewCase => ({
  status: state.status,
  caseId: state.caseId,
  childReference: state.childReference,
  district: state.district,
  school: state.school,
  yearGroup: state.yearGroup,
  yearGroupRecordedOn: state.yearGroupRecordedOn,
  referredOn: state.referredOn,
  lastOccurredOn,
  consent: state.consent,
  consentGivenBy: state.consentGivenBy,
  stage: state.stage,
  lastMeeting: state.lastMeeting,
  movedSinceLastMeeting: state.movedSinceLastMeeting,
  actionsAgreedAt: state.actionsAgreedAt,
  outstandingActions: state.outstandingActions,
  agreedActionIds: state.agreedActionIds,
  lastConclusion: state.lastConclusion,
  closureReason: state.closureReason,
});

const actionIdsOf = (actions: ReadonlyArray<AgreedAction>): ReadonlyArray<ActionId> => actions.map((action) => action.actionId);

const copyOfAction = (action: AgreedAction): AgreedAction => ({
  actionId: action.actionId,
  description: action.description,
  agency: action.agency,
  ownerRole: action.ownerRole,
});

/**
 * Folds one event into the case state. Total over every decodable event: an event
 * the rules would have refused (found in a foreign or tampered history) never throws
 * here; the auditor's rule replay reports it instead. Pure: the state given is never
 * changed, only read. The state built holds copies of an event's meetings and actions,
 * never the event's own objects, so a handler may fold the events it has just written,
 * which share objects with the caller's command.
 */
export const evolveCase = (state: CaseState, event: CaseEvent): CaseState => {
  if (event.type === 'Referred') {
    if (state.status !== 'not-referred') return state;
    const consent = event.consent === consentNotRecordedAtReferral ? undefined : event.consent;
    return {
      status: 'open',
      caseId: event.caseId,
      childReference: event.referral.childReference,
      district: event.referral.district,
      school: event.referral.school,
      yearGroup: event.referral.yearGroup,
      yearGroupRecordedOn: event.occurredOn,
      referredOn: event.occurredOn,
      lastOccurredOn: event.occurredOn,
      consent: consent === undefined ? 'awaited' : 'given',
      consentGivenBy: consent?.givenBy,
      stage: 'awaiting-first-discussion',
      lastMeeting: undefined,
      movedSinceLastMeeting: false,
      actionsAgreedAt: undefined,
      outstandingActions: [],
      agreedActionIds: [],
      lastConclusion: undefined,
      closureReason: undefined,
    };
  }
  if (event.type === 'ReferralOvertaken') return state.status === 'not-referred' && state.overtakenBy === undefined ? { status: 'not-referred', overtakenBy: event.overtakenBy } : state;
  if (state.status === 'not-referred') return state;
  return evolveReferred(state, event);
};

const evolveReferred = (state: ReferredCase, event: Exclude<CaseEvent, { type: 'Referred' | 'ReferralOvertaken' }>): ReferredCase => {
  const lastOccurredOn = event.occurredOn > state.lastOccurredOn ? event.occurredOn : state.lastOccurredOn;
  const next = copiedCase(state, lastOccurredOn);
  switch (event.type) {
    case 'ConsentGiven':
      next.consent = 'given';
      next.consentGivenBy = event.givenBy;
      break;
    case 'ConsentWithdrawn':
      next.consent = 'withdrawn';
      break;
    case 'Discussed':
      next.stage = 'discussed';
      next.lastMeeting = copyOfMeeting(event.meeting);
      next.movedSinceLastMeeting = false;
      break;
    case 'ActionsAgreed':
      next.stage = 'actions-agreed';
      next.actionsAgreedAt = copyOfMeeting(event.meeting);
      next.outstandingActions = state.outstandingActions.concat(event.actions.map(copyOfAction));
      next.agreedActionIds = state.agreedActionIds.concat(actionIdsOf(event.actions));
      break;
    case 'Reviewed':
      next.stage = 'reviewed';
      next.lastMeeting = copyOfMeeting(event.meeting);
      next.movedSinceLastMeeting = false;
      next.outstandingActions = [];
      next.lastConclusion = event.conclusion;
      break;
    case 'ViewsHeard':
      break;
    case 'EscalatedToLMG':
      next.stage = 'escalated';
      break;
    case 'DiscussedAtLMG': {
      const effect = lmgOutcomeEffect(event.outcome);
      if (effect === 'returns-to-hub') next.stage = 'returned-to-hub';
      else if (effect === 'closes-case') {
        next.status = 'closed';
        // The group has taken the case: it closes at the hub as passed to the group, as a `Close` after escalation did.
        next.closureReason = 'passed-to-locality-management-group';
      }
      break;
    }
    case 'ChildMoved':
      // Outstanding actions, the stage and an escalation move with the case: the new district's hub and group take them on.
      if (event.to.district !== state.district) next.movedSinceLastMeeting = true;
      next.district = event.to.district;
      next.school = event.to.school;
      next.yearGroup = event.yearGroup;
      next.yearGroupRecordedOn = event.occurredOn;
      break;
    case 'CaseClosed':
      next.status = 'closed';
      next.closureReason = event.reason;
      break;
  }
  return next;
};
