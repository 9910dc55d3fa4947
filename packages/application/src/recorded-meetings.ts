import { meetingNamedBy, type CaseCommand, type RecordedMeeting, type WithRecordedMeeting } from '@send-hub/core';
import type { EventStore } from '@send-hub/event-store';
import { decodeHubEvent, type HubEvent } from '@send-hub/hub';
import { either as E } from 'fp-ts';

/** Reads what the meeting kept in a stream (a hub meeting's, or a Locality Management Group meeting's) has recorded. */
export type RecordedMeetings = (streamId: string) => Promise<RecordedMeeting>;

const recordedBy = (event: HubEvent): RecordedMeeting | undefined => {
  switch (event.type) {
    case 'MeetingHeld':
    case 'LMGMeetingHeld':
      return { status: 'held', heldOn: event.heldOn };
    case 'MeetingCancelled':
    case 'LMGMeetingCancelled':
      return { status: 'cancelled', cancelledOn: event.cancelledOn };
    default:
      return undefined;
  }
};

/**
 * What each meeting's stream records, read through `store` (the handlers' own view,
 * which holds no personal data: a meeting has none). A meeting is recorded once, as held
 * or as cancelled, and never changes after, so a recorded meeting is kept and read once;
 * one not recorded yet is read again each time. Events are read with the hub's own
 * upcasters; a meeting event that cannot be read tells nothing: the meeting's own handler
 * refuses to decide on it.
 */
export const createRecordedMeetings = (store: EventStore): RecordedMeetings => {
  const known = new Map<string, RecordedMeeting>();
  return async (streamId) => {
    const kept = known.get(streamId);
    if (kept !== undefined) return kept;
    for (const stored of await store.readStream(streamId)) {
      const decoded = decodeHubEvent(stored);
      const recorded = E.isRight(decoded) ? recordedBy(decoded.right.event) : undefined;
      if (recorded !== undefined) {
        known.set(streamId, recorded);
        return recorded;
      }
    }
    return { status: 'not-recorded' };
  };
};

/**
 * The case command with what the meeting it names has recorded, read from the meeting's
 * stream: a hub meeting's for a discussion, agreement or review, the group meeting's for
 * the group's discussion. Any other command as it is.
 */
export const withRecordedMeeting =
  (recordedMeetings: RecordedMeetings) =>
  async (command: CaseCommand): Promise<WithRecordedMeeting<CaseCommand>> => {
    const named = meetingNamedBy(command);
    if (named === undefined) return command;
    const recordedMeeting = await recordedMeetings(named.streamId);
    // A hub meeting not recorded yet refuses nothing (decision 26): the command goes as it came, with no copy made.
    return named.layer === 'hub' && recordedMeeting.status === 'not-recorded' ? command : { ...command, recordedMeeting };
  };
