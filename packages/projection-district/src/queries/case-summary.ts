import { agencies, describeTerm, nationalCurriculumYears, needTypes, senProvisions, type Agency, type CalendarDate, type MeetingReference } from '@send-hub/core';
import type { OpenAction, TrackedCase } from '../district-model';

/**
 * What an agenda or a worklist shows about a case: codes as plain English. No name: the
 * model holds none, and a list that shows names looks them up by case id (`ChildNames`).
 */
export interface CaseSummary {
  readonly caseId: string;
  readonly childReference: string;
  readonly school: string;
  readonly yearGroup: string;
  readonly provision: string;
  readonly primaryNeed: string;
  readonly referredOn: CalendarDate;
  /** Whether the child's or young person's own views have been heard: an agenda says so when they have not. */
  readonly childViewsHeard: boolean;
}

export const summariseCase = (tracked: TrackedCase): CaseSummary => ({
  caseId: tracked.caseId,
  childReference: tracked.childReference,
  school: tracked.school,
  yearGroup: nationalCurriculumYears.label(tracked.yearGroup),
  provision: senProvisions.label(tracked.senProvision),
  primaryNeed: tracked.primaryNeed === null ? 'Not recorded' : needTypes.label(tracked.primaryNeed),
  referredOn: tracked.referredOn,
  childViewsHeard: tracked.childViewsHeard,
});

/** An open action as lists show it. */
export interface ActionSummary {
  readonly actionId: string;
  readonly caseId: string;
  readonly childReference: string;
  readonly description: string;
  readonly agency: Agency;
  readonly agencyLabel: string;
  readonly ownerRole: string;
  readonly agreedAt: MeetingReference;
  /** "Autumn 1 2025/26". */
  readonly agreedIn: string;
  readonly agreedOn: CalendarDate;
}

export const summariseAction = (tracked: TrackedCase, action: OpenAction): ActionSummary => ({
  actionId: action.actionId,
  caseId: tracked.caseId,
  childReference: tracked.childReference,
  description: action.description,
  agency: action.agency,
  agencyLabel: agencies.label(action.agency),
  ownerRole: action.ownerRole,
  agreedAt: { ...action.agreedAt },
  agreedIn: describeTerm(action.agreedAt),
  agreedOn: action.agreedOn,
});

/**
 * The open cases of a district the hub is working on. A case whose consent was
 * withdrawn is paused (the hub stops processing it): it leaves agendas and action
 * lists until consent is given again or it is closed.
 */
export const activeCasesOf = (cases: Iterable<TrackedCase>, district: string): TrackedCase[] => {
  const found: TrackedCase[] = [];
  for (const tracked of cases) if (tracked.district === district && tracked.consent !== 'withdrawn') found.push(tracked);
  return found.sort((left, right) => left.referredOn.localeCompare(right.referredOn) || left.caseId.localeCompare(right.caseId));
};
