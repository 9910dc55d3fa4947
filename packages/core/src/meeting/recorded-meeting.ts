import type { CalendarDate } from '../values/calendar-date';

/**
 * What the case decider is told of the meeting a decision names (a hub meeting for a
 * discussion, agreement or review; a Locality Management Group meeting for the group's
 * discussion): held on a date, cancelled, or not recorded yet. The shell reads it from the
 * meeting's own stream (the hub's case handler does, before each decision) and gives it
 * with the command, so the decider stays pure. A meeting, once recorded, never changes:
 * what the shell read stays true.
 */
export type RecordedMeeting =
  | { readonly status: 'held'; readonly heldOn: CalendarDate }
  | { readonly status: 'cancelled'; readonly cancelledOn: CalendarDate }
  | { readonly status: 'not-recorded' };

/**
 * A case command with what the shell knows of the meeting it names. Told nothing, the
 * decider checks nothing of the meeting. A hub meeting not recorded yet lets a decision
 * through (decision 26); a group meeting not recorded refuses the group's discussion.
 */
export type WithRecordedMeeting<Command> = Command & { readonly recordedMeeting?: RecordedMeeting };

/** What a meeting stream's folded state tells the decider: held on its day, cancelled on its day, or not recorded. */
export const recordedMeetingOf = (state: { readonly status: 'not-recorded' } | { readonly status: 'held' | 'cancelled'; readonly on: CalendarDate }): RecordedMeeting => {
  if (state.status === 'not-recorded') return { status: 'not-recorded' };
  return state.status === 'held' ? { status: 'held', heldOn: state.on } : { status: 'cancelled', cancelledOn: state.on };
};
