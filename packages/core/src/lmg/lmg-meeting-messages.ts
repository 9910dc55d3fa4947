import * as t from 'io-ts';
import { Attendee } from '../meeting/meeting-messages';
import { boundedInput } from '../validation/bounded-input';
import { exactType } from '../validation/exact-object';
import { CalendarDate } from '../values/calendar-date';
import { ShortText } from '../values/identifiers';
import { identityUnion } from '../values/identity-union';
import { listOf } from '../values/list-of';
import { LMGMeetingReference } from './lmg-meeting-reference';

const heldFacts = { meeting: LMGMeetingReference, heldOn: CalendarDate, attendance: listOf(Attendee, 'a list of attendees') };
const cancellationFacts = { meeting: LMGMeetingReference, cancelledOn: CalendarDate, reason: ShortText };
/** Themes are short statements about needs across cases (never about one child), for the district's strategic planning. */
const themeFacts = { meeting: LMGMeetingReference, themes: listOf(ShortText, 'a list of themes', 20) };

export const RecordLMGMeeting = exactType({ type: t.literal('RecordLMGMeeting'), ...heldFacts }, 'a RecordLMGMeeting command');
/** A group meeting that will not take place: its escalated cases wait for the next one. */
export const CancelLMGMeeting = exactType({ type: t.literal('CancelLMGMeeting'), ...cancellationFacts }, 'a CancelLMGMeeting command');
export const RecordLMGThemes = exactType({ type: t.literal('RecordLMGThemes'), ...themeFacts }, 'a RecordLMGThemes command');

/** Bounded before it is decoded (see `boundedInput`): a command comes from outside. */
export const LMGMeetingCommand = boundedInput(identityUnion([RecordLMGMeeting, CancelLMGMeeting, RecordLMGThemes], 'a Locality Management Group meeting command'));
export type LMGMeetingCommand = t.TypeOf<typeof LMGMeetingCommand>;
export type LMGMeetingCommandType = LMGMeetingCommand['type'];

export const LMGMeetingHeld = exactType({ type: t.literal('LMGMeetingHeld'), ...heldFacts }, 'a LMGMeetingHeld event');
export const LMGMeetingCancelled = exactType({ type: t.literal('LMGMeetingCancelled'), ...cancellationFacts }, 'a LMGMeetingCancelled event');
export const LMGThemesRecorded = exactType({ type: t.literal('LMGThemesRecorded'), ...themeFacts }, 'a LMGThemesRecorded event');
export const LMGMeetingEvent = identityUnion([LMGMeetingHeld, LMGMeetingCancelled, LMGThemesRecorded], 'a Locality Management Group meeting event');
export type LMGMeetingEvent = t.TypeOf<typeof LMGMeetingEvent>;
export type LMGMeetingEventType = LMGMeetingEvent['type'];

export const lmgMeetingEventSchemaVersions: Readonly<Record<LMGMeetingEventType, number>> = {
  LMGMeetingHeld: 1,
  LMGMeetingCancelled: 1,
  LMGThemesRecorded: 1,
};
