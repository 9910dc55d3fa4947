import { closureReasons, reviewConclusions, type CaseStage, type CaseState, type ConsentStatus } from '@send-hub/core';

const consentDescriptions: Readonly<Record<ConsentStatus, string>> = {
  awaited: 'consent not yet recorded',
  given: 'consent given',
  withdrawn: 'consent withdrawn',
};

const stageDescriptions: Readonly<Record<CaseStage, string>> = {
  'awaiting-first-discussion': 'waiting for its first discussion',
  discussed: 'discussed, actions not yet agreed',
  'actions-agreed': 'actions agreed, waiting for review',
  reviewed: 'reviewed',
  escalated: 'escalated to the Locality Management Group',
  'returned-to-hub': 'sent back to the hub by the Locality Management Group, waiting to be discussed again',
};

const lower = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);

/** Where a case stood, in one plain-English line: "Open; consent given; actions agreed, waiting for review (2 actions outstanding)." */
export const describeCaseState = (state: CaseState): string => {
  if (state.status === 'not-referred') return 'Not referred.';
  if (state.status === 'closed') return `Closed${state.closureReason === undefined ? '' : `: ${lower(closureReasons.label(state.closureReason))}`}.`;
  const stage =
    state.stage === 'reviewed' && state.lastConclusion !== undefined
      ? `reviewed (conclusion: ${lower(reviewConclusions.label(state.lastConclusion))})`
      : stageDescriptions[state.stage];
  const outstanding = state.outstandingActions.length;
  const actions = outstanding === 0 ? '' : ` (${outstanding} action${outstanding === 1 ? '' : 's'} outstanding)`;
  // A case not yet discussed anywhere waits for its first discussion wherever it is: nothing more to say of the move.
  const moved = !state.movedSinceLastMeeting || state.stage === 'awaiting-first-discussion'
    ? ''
    : outstanding > 0
      ? '; moved to another district, whose hub reviews the actions'
      : state.stage === 'escalated'
        ? '; moved to another district, whose Locality Management Group takes it up'
        : '; moved to another district, whose hub discusses it next';
  return `Open; ${consentDescriptions[state.consent]}; ${stage}${actions}${moved}.`;
};
