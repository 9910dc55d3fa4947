import { caseStreamId, erasureStreamId, lmgMeetingStreamId, meetingStreamId } from '@send-hub/core';
import type { EventStore, NewEvent } from '@send-hub/event-store';
import { hubEventSchemaVersions, type HubEvent } from '@send-hub/hub';

export const streamOf = (event: HubEvent): string => {
  if (event.type === 'PersonalDataErased') return erasureStreamId(event.childReference);
  if (event.type === 'MeetingHeld' || event.type === 'MeetingCancelled') return meetingStreamId(event.meeting);
  if (event.type === 'LMGMeetingHeld' || event.type === 'LMGMeetingCancelled' || event.type === 'LMGThemesRecorded') return lmgMeetingStreamId(event.meeting);
  return caseStreamId(event.caseId);
};

let eventCounter = 0;

export const newEvent = (event: HubEvent): NewEvent => {
  eventCounter += 1;
  return {
    eventId: `event-${eventCounter}`,
    type: event.type,
    schemaVersion: hubEventSchemaVersions[event.type],
    data: event,
    metadata: { recordedAt: '2025-01-01T00:00:00.000Z', actor: { id: 'test', role: 'tester' }, correlationId: 'test', causationId: 'test' },
  };
};

/** Appends hub events one at a time, in order, each to its own stream. */
export const recordHubEvents = async (store: EventStore, events: ReadonlyArray<HubEvent>): Promise<void> => {
  for (const event of events) {
    const result = await store.append(streamOf(event), [newEvent(event)], 'any');
    if (result._tag === 'Left') throw new Error(result.left.message);
  }
};
