import {
  CaseEvent,
  caseEventSchemaVersions,
  ChildEvent,
  childEventSchemaVersions,
  LMGMeetingEvent,
  lmgMeetingEventSchemaVersions,
  MeetingEvent,
  meetingEventSchemaVersions,
  PersonalDataErased,
  personalDataErasedSchemaVersion,
  discriminantOf,
} from '@send-hub/core';
import type { RecordedEvent } from '@send-hub/event-store';
import * as t from 'io-ts';

/** Every event the hub records, in any of its streams: cases, children, hub meetings, Locality Management Group meetings and erasures. */
export const HubEvent = t.union([CaseEvent, ChildEvent, MeetingEvent, LMGMeetingEvent, PersonalDataErased], 'a hub event');
export type HubEvent = t.TypeOf<typeof HubEvent>;
export type HubEventType = HubEvent['type'];

export const hubEventSchemaVersions: Readonly<Record<HubEventType, number>> = {
  ...caseEventSchemaVersions,
  ...childEventSchemaVersions,
  ...meetingEventSchemaVersions,
  ...lmgMeetingEventSchemaVersions,
  PersonalDataErased: personalDataErasedSchemaVersion,
};

/** The codec of each event type, so a stored event is checked against its own type only and errors stay precise. */
export const hubEventCodecs: Readonly<Record<HubEventType, t.Mixed>> = Object.fromEntries(
  HubEvent.types.flatMap((union) => ('types' in union ? (union.types as ReadonlyArray<t.Mixed>) : [union as t.Mixed])).map((codec) => [discriminantOf(codec), codec]),
) as Record<HubEventType, t.Mixed>;

export const isHubEventType = (type: string): type is HubEventType => Object.prototype.hasOwnProperty.call(hubEventSchemaVersions, type);

/** A stored event that cannot be read as a hub event; named by stream and revision so an auditor can find it. */
export interface UndecodableEvent {
  readonly _tag: 'UndecodableEvent';
  readonly code: 'undecodable-event';
  readonly streamId: string;
  readonly revision: bigint;
  readonly position: bigint;
  readonly message: string;
}

/** A decoded hub event with the envelope it was stored in. */
export interface HubEnvelope<Event extends HubEvent = HubEvent> {
  readonly event: Event;
  readonly recorded: RecordedEvent;
}
