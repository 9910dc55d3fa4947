import { agencies, termOrdinal, type Agency, type MeetingReference } from '@send-hub/core';
import type { DistrictModel } from '../district-model';
import { isReviewOverdue } from './review-due';
import { activeCasesOf, summariseAction, type ActionSummary } from './case-summary';

export interface ActionsOfOwner {
  readonly agency: Agency;
  readonly agencyLabel: string;
  readonly ownerRole: string;
  readonly actions: ReadonlyArray<ActionSummary>;
}

/** Every open action of a district's active cases, grouped by agency and then by the owner's role. */
export const openActionsByOwner = (model: DistrictModel, district: string): ReadonlyArray<ActionsOfOwner> => {
  const groups = new Map<string, { agency: Agency; ownerRole: string; actions: ActionSummary[] }>();
  for (const tracked of activeCasesOf(model.cases.values(), district)) {
    for (const action of tracked.openActions) {
      const key = `${action.agency}\u0000${action.ownerRole}`;
      const group = groups.get(key) ?? { agency: action.agency, ownerRole: action.ownerRole, actions: [] };
      group.actions.push(summariseAction(tracked, action));
      groups.set(key, group);
    }
  }
  return [...groups.values()]
    .map((group) => ({ ...group, agencyLabel: agencies.label(group.agency) }))
    .sort((left, right) => left.agencyLabel.localeCompare(right.agencyLabel) || left.ownerRole.localeCompare(right.ownerRole));
};

export interface OverdueAction extends ActionSummary {
  /** How many half terms before the meeting it was agreed. */
  readonly halfTermsWaiting: number;
}

/**
 * Open actions whose review was due at an earlier meeting held (two or more half terms
 * before, unless meetings between were cancelled) and not reviewed: the most overdue first.
 */
export const overdueActions = (model: DistrictModel, meeting: MeetingReference): ReadonlyArray<OverdueAction> => {
  const overdue: OverdueAction[] = [];
  for (const tracked of activeCasesOf(model.cases.values(), meeting.district)) {
    for (const action of tracked.openActions) {
      const halfTermsWaiting = termOrdinal(meeting) - termOrdinal(action.agreedAt);
      if (isReviewOverdue(model, action.agreedAt, meeting)) overdue.push({ ...summariseAction(tracked, action), halfTermsWaiting });
    }
  }
  return overdue.sort((left, right) => right.halfTermsWaiting - left.halfTermsWaiting || left.caseId.localeCompare(right.caseId));
};
