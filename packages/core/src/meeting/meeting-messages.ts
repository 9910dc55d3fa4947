import * as t from 'io-ts';
import { Agency } from '../reference/agencies';
import { CalendarDate } from '../values/calendar-date';
import { ShortText } from '../values/identifiers';
import { identityUnion } from '../values/identity-union';
import { listOf } from '../values/list-of';
import { MeetingReference } from './meeting-reference';
import { boundedInput } from '../validation/bounded-input';
import { exactType } from '../validation/exact-object';

/** A professional at a meeting, by agency and role (never by name). */
export const Attendee = exactType({ agency: Agency, role: ShortText }, 'an attendee (agency and role)');
export type Attendee = t.TypeOf<typeof Attendee>;

const meetingFacts = { meeting: MeetingReference, heldOn: CalendarDate, attendance: listOf(Attendee, 'a list of attendees') };

const cancellationFacts = { meeting: MeetingReference, cancelledOn: CalendarDate, reason: ShortText };

export const RecordMeeting = exactType({ type: t.literal('RecordMeeting'), ...meetingFacts }, 'a RecordMeeting command');
/** A half term's meeting that will not take place: its cases wait for the next one. */
export const CancelMeeting = exactType({ type: t.literal('CancelMeeting'), ...cancellationFacts }, 'a CancelMeeting command');
/** Bounded before it is decoded (see `boundedInput`): a command comes from outside. */
export const MeetingCommand = boundedInput(identityUnion([RecordMeeting, CancelMeeting], 'a meeting command'));
export type MeetingCommand = t.TypeOf<typeof MeetingCommand>;

export const MeetingHeld = exactType({ type: t.literal('MeetingHeld'), ...meetingFacts }, 'a MeetingHeld event');
export const MeetingCancelled = exactType({ type: t.literal('MeetingCancelled'), ...cancellationFacts }, 'a MeetingCancelled event');
export const MeetingEvent = identityUnion([MeetingHeld, MeetingCancelled], 'a meeting event');
export type MeetingEvent = t.TypeOf<typeof MeetingEvent>;
export type MeetingEventType = MeetingEvent['type'];

export const meetingEventSchemaVersions: Readonly<Record<MeetingEventType, number>> = { MeetingHeld: 1, MeetingCancelled: 1 };
