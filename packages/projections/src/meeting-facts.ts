import { meetingStreamId, type Agency, type CalendarDate, type MeetingEvent, type MeetingReference } from '@send-hub/core';

/** What a read model may keep of a meeting event: held or cancelled, when, and which agencies attended. */
export interface MeetingFacts {
  readonly meeting: MeetingReference;
  readonly held: boolean;
  readonly on: CalendarDate;
  /** Each attending agency once, in the order first seen; empty for a cancelled meeting. */
  readonly agencies: Agency[];
  readonly attendeeCount: number;
  readonly cancellationReason: string | null;
}

export const meetingFactsOf = (event: MeetingEvent): MeetingFacts =>
  event.type === 'MeetingHeld'
    ? { meeting: event.meeting, held: true, on: event.heldOn, agencies: [...new Set(event.attendance.map((attendee) => attendee.agency))], attendeeCount: event.attendance.length, cancellationReason: null }
    : { meeting: event.meeting, held: false, on: event.cancelledOn, agencies: [], attendeeCount: 0, cancellationReason: event.reason };

/**
 * Keeps a meeting in a read model's map by meeting stream id. A meeting is recorded
 * once (the decider refuses a second record), so the first record stands.
 */
export const keepMeetingOnce = <Kept>(meetings: Map<string, Kept>, event: MeetingEvent, keep: (facts: MeetingFacts) => Kept): void => {
  const key = meetingStreamId(event.meeting);
  if (!meetings.has(key)) meetings.set(key, keep(meetingFactsOf(event)));
};
