import { formatCalendarDate, type CalendarDate } from '@send-hub/core';
import { nameShownFor, type ChildNames, type ConsentWorkItem, type OverdueAction } from '@send-hub/projection-district';

export const formatOverdueActions = (actions: ReadonlyArray<OverdueAction>): string => {
  const lines = [`Actions overdue for review (${actions.length})`];
  if (actions.length === 0) lines.push('  None.');
  for (const action of actions) {
    lines.push(`  - ${action.description}: ${action.agencyLabel}, ${action.ownerRole}; agreed ${action.agreedIn}, ${action.halfTermsWaiting} half terms ago (case ${action.caseId}).`);
  }
  return `${lines.join('\n')}\n`;
};

export interface ConsentWorklistPrintout {
  readonly asOf: CalendarDate;
  readonly waitingAtLeastDays: number;
  readonly items: ReadonlyArray<ConsentWorkItem>;
}

export const formatConsentWorklist = (worklist: ConsentWorklistPrintout, names: ChildNames): string => {
  const lines = [`Referrals waiting ${worklist.waitingAtLeastDays} days or more for consent on ${formatCalendarDate(worklist.asOf)} (${worklist.items.length})`];
  if (worklist.items.length === 0) lines.push('  None.');
  for (const item of worklist.items) lines.push(`  - ${nameShownFor(names, item.caseId)} (${item.childReference}), school ${item.school}: ${item.reason}`);
  return `${lines.join('\n')}\n`;
};
