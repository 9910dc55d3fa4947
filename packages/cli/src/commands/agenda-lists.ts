import { formatCalendarDate } from '@send-hub/core';
import { nameShownFor, type AgendaLists, type ChildNames, type LMGMeetingAttendance, type OverdueAction } from '@send-hub/projection-district';

export const formatOverdueActions = (actions: ReadonlyArray<OverdueAction>): string => {
  const lines = [`Actions overdue for review (${actions.length})`];
  if (actions.length === 0) lines.push('  None.');
  for (const action of actions) {
    lines.push(`  - ${action.description}: ${action.agencyLabel}, ${action.ownerRole}; agreed ${action.agreedIn}, ${action.halfTermsWaiting} half terms ago (case ${action.caseId}).`);
  }
  return `${lines.join('\n')}\n`;
};

export const formatConsentWorklist = (worklist: AgendaLists['consentWorklist'], names: ChildNames): string => {
  const lines = [`Referrals waiting ${worklist.waitingAtLeastDays} days or more for consent on ${formatCalendarDate(worklist.asOf)} (${worklist.items.length})`];
  if (worklist.items.length === 0) lines.push('  None.');
  for (const item of worklist.items) lines.push(`  - ${nameShownFor(names, item.caseId)} (${item.childReference}), school ${item.school}: ${item.reason}`);
  return `${lines.join('\n')}\n`;
};

/** The group's meetings so far and the themes each recorded for the district's planning. */
export const formatGroupThemes = (meetings: ReadonlyArray<LMGMeetingAttendance>): string => {
  const lines = [`The group's meetings and the themes they recorded (${meetings.length})`];
  if (meetings.length === 0) lines.push('  None.');
  for (const meeting of meetings) {
    const about = meeting.status === 'held' ? `held on ${formatCalendarDate(meeting.on)}, ${meeting.attendeeCount} attending` : `cancelled: ${meeting.cancellationReason ?? 'no reason given'}`;
    lines.push(`  - ${meeting.period}: ${about}.`, ...meeting.themes.map((theme) => `      Theme: ${theme}`));
  }
  return `${lines.join('\n')}\n`;
};
