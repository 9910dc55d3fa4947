import type { CaseEvent } from '@send-hub/core';

/** What a district hub should know of a case, worked out here from the events alone, without the read models' code. */
export interface FoldedCase {
  readonly district: string;
  readonly closed: boolean;
  readonly consent: 'awaited' | 'given' | 'withdrawn';
  readonly openActionIds: ReadonlySet<string>;
  readonly escalated: boolean;
}

export const foldCases = (events: ReadonlyArray<CaseEvent>): ReadonlyMap<string, FoldedCase> => {
  const cases = new Map<string, FoldedCase>();
  for (const event of events) {
    const known = cases.get(event.caseId);
    if (event.type === 'Referred') {
      cases.set(event.caseId, { district: event.referral.district, closed: false, consent: 'awaited', openActionIds: new Set(), escalated: false });
      continue;
    }
    if (known === undefined) continue;
    const open = new Set(known.openActionIds);
    if (event.type === 'ActionsAgreed') event.actions.forEach((action) => open.add(action.actionId));
    if (event.type === 'Reviewed') event.outcomes.forEach((outcome) => open.delete(outcome.actionId));
    cases.set(event.caseId, {
      ...known,
      // A move takes the case, with what is open, to the hub of the district the child moved to.
      district: event.type === 'ChildMoved' ? event.to.district : known.district,
      openActionIds: open,
      consent: event.type === 'ConsentGiven' ? 'given' : event.type === 'ConsentWithdrawn' ? 'withdrawn' : known.consent,
      closed: known.closed || event.type === 'CaseClosed',
      escalated: known.escalated || event.type === 'EscalatedToLMG',
    });
  }
  return cases;
};
