import * as t from 'io-ts';
import { Agency } from '../reference/agencies';
import { CalendarDate } from '../values/calendar-date';
import { ShortText } from '../values/identifiers';
import { identityUnion } from '../values/identity-union';
import { listOf } from '../values/list-of';
import { MeetingReference } from './meeting-reference';

/** A professional at a meeting, by agency and role (never by name). */
export const Attendee = t.type({ agency: Agency, role: ShortText }, 'an attendee (agency and role)');
export type Attendee = t.TypeOf<typeof Attendee>;

const meetingFacts = { meeting: MeetingReference, heldOn: CalendarDate, attendance: listOf(Attendee, 'a list of attendees') };

const cancellationFacts = { meeting: MeetingReference, cancelledOn: CalendarDate, reason: ShortText };

export const RecordMeeting = t.type({ type: t.literal('RecordMeeting'), ...meetingFacts }, 'a RecordMeeting command');
/** A half term's meeting that will not take place: its cases wait for the next one. */
export const CancelMeeting = t.type({ type: t.literal('CancelMeeting'), ...cancellationFacts }, 'a CancelMeeting command');
export const MeetingCommand = identityUnion([RecordMeeting, CancelMeeting], 'a meeting command');
export type MeetingCommand = t.TypeOf<typeof MeetingCommand>;

export const MeetingHeld = t.type({ type: t.literal('MeetingHeld'), ...meetingFacts }, 'a MeetingHeld event');
export const MeetingCancelled = t.type({ type: t.literal('MeetingCancelled'), ...cancellationFacts }, 'a MeetingCancelled event');
export const MeetingEvent = identityUnion([MeetingHeld, MeetingCancelled], 'a meeting event');
export type MeetingEvent = t.TypeOf<typeof MeetingEvent>;
export type MeetingEventType = MeetingEvent['type'];

export const meetingEventSchemaVersions: Readonly<Record<MeetingEventType, number>> = { MeetingHeld: 1, MeetingCancelled: 1 };
