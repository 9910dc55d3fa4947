import type { CalendarDate } from '../values/calendar-date';
import type { CaseId } from '../values/identifiers';

/** A referral of the child started on the child's stream: its case, and the business date it was started on. */
export interface StartedReferral {
  readonly caseId: CaseId;
  readonly startedOn: CalendarDate;
}

/** What the child's stream knows: the referrals started for the child, oldest first. Whether each case is open is its own stream's to say. */
export interface ChildState {
  readonly referrals: ReadonlyArray<StartedReferral>;
}

export const initialChildState: ChildState = { referrals: [] };
