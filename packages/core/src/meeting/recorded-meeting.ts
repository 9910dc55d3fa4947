import type { CalendarDate } from '../values/calendar-date';

/**
 * What the case decider is told of the meeting a discussion, agreement or review names:
 * held on a date, or cancelled. The shell reads it from the meeting's own stream (the hub's
 * case handler does, before each decision) and gives it with the command, so the decider
 * stays pure. A meeting, once recorded, never changes: what the shell read stays true.
 */
export type RecordedMeeting =
  | { readonly status: 'held'; readonly heldOn: CalendarDate }
  | { readonly status: 'cancelled'; readonly cancelledOn: CalendarDate };

/** A case command with what the shell knows of the meeting it names: nothing when the meeting is not recorded (yet). */
export type WithRecordedMeeting<Command> = Command & { readonly recordedMeeting?: RecordedMeeting };
