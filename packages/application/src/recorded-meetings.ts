import { meetingStreamId, type CaseCommand, type MeetingReference, type RecordedMeeting, type WithRecordedMeeting } from '@send-hub/core';
import type { EventStore, UpcasterRegistry } from '@send-hub/event-store';
import { decodeHubEvent, type Upcast } from '@send-hub/hub';
import { either as E } from 'fp-ts';

/** Reads what a meeting has recorded (held on a date, or cancelled), or undefined while it is not recorded. */
export type RecordedMeetings = (meeting: MeetingReference) => Promise<RecordedMeeting | undefined>;

/**
 * What each meeting's stream records, read through `store` (the handlers' own view,
 * which holds no personal data: a meeting has none). A meeting is recorded once, as held
 * or as cancelled, and never changes after, so a recorded meeting is kept and read once;
 * one not recorded yet is read again each time. A meeting event that cannot be read
 * tells nothing: the meeting's own handler refuses to decide on it.
 */
export const createRecordedMeetings = (store: EventStore, upcasters: UpcasterRegistry): RecordedMeetings => {
  const upcast: Upcast = (type, version, data) => E.mapLeft((failure: { readonly message: string }) => failure.message)(upcasters.upcast(type, version, data));
  const known = new Map<string, RecordedMeeting>();
  return async (meeting) => {
    const streamId = meetingStreamId(meeting);
    const kept = known.get(streamId);
    if (kept !== undefined) return kept;
    for (const stored of await store.readStream(streamId)) {
      const decoded = decodeHubEvent(stored, upcast);
      if (E.isLeft(decoded)) continue;
      const { event } = decoded.right;
      const recorded: RecordedMeeting | undefined =
        event.type === 'MeetingHeld' ? { status: 'held', heldOn: event.heldOn } : event.type === 'MeetingCancelled' ? { status: 'cancelled', cancelledOn: event.cancelledOn } : undefined;
      if (recorded !== undefined) {
        known.set(streamId, recorded);
        return recorded;
      }
    }
    return undefined;
  };
};

/** The case command with what its meeting has recorded, for the commands decided at a meeting; any other as it is. */
export const withRecordedMeeting =
  (recordedMeetings: RecordedMeetings) =>
  async (command: CaseCommand): Promise<WithRecordedMeeting<CaseCommand>> => {
    if (command.type !== 'Discuss' && command.type !== 'AgreeActions' && command.type !== 'Review') return command;
    const recordedMeeting = await recordedMeetings(command.meeting);
    return recordedMeeting === undefined ? command : { ...command, recordedMeeting };
  };
