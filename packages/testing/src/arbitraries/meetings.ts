import {
  staffordshireConfiguration,
  type Attendee,
  type CalendarDate,
  type DistrictId,
  type HubConfiguration,
  type MeetingCommand,
  type MeetingEvent,
  type MeetingReference,
} from '@send-hub/core';
import * as fc from 'fast-check';
import { plainRecord } from './plain-record';
import { academicTerm, calendarDate, dayInHolidayAfter, dayInTerm } from './academic-time';
import { shortText } from './identifiers';
import { agency, anyDistrictId, districtId } from './reference-data';

export interface MeetingOptions {
  readonly configuration?: HubConfiguration;
  /** A fixed district; by default one of the configuration's (and now and then an unknown one). */
  readonly district?: DistrictId;
}

const meetingDistrict = (options: MeetingOptions): fc.Arbitrary<DistrictId> =>
  options.district !== undefined
    ? fc.constant(options.district)
    : fc.oneof({ weight: 9, arbitrary: districtId(options.configuration ?? staffordshireConfiguration) }, { weight: 1, arbitrary: anyDistrictId() });

/** A hub meeting: district, academic year and half term. */
export const meetingReference = (options: MeetingOptions = {}): fc.Arbitrary<MeetingReference> =>
  fc.tuple(meetingDistrict(options), academicTerm()).map(([district, term]) => ({ district, ...term }));

const roles = ['special educational needs coordinator', 'educational psychologist', 'school nurse', 'family support worker', 'early help worker'];

/** A professional at a meeting, by agency and role. */
export const attendee = (): fc.Arbitrary<Attendee> => plainRecord({ agency: agency(), role: shortText(roles) });

/**
 * Mostly a day inside the meeting's half term under the configuration's term dates;
 * sometimes a day of the holiday after it or any date, which the rules refuse.
 */
const meetingDate = (meeting: MeetingReference, options: MeetingOptions): fc.Arbitrary<CalendarDate> => {
  const calendar = (options.configuration ?? staffordshireConfiguration).halfTermCalendar;
  return fc.oneof(
    { weight: 8, arbitrary: fc.nat({ max: 40 }).map((offset) => dayInTerm(meeting, offset, calendar)) },
    { weight: 1, arbitrary: fc.nat({ max: 20 }).map((offset) => dayInHolidayAfter(meeting, offset, calendar) ?? dayInTerm(meeting, offset, calendar)) },
    { weight: 1, arbitrary: calendarDate() },
  );
};

const cancellationReasons = ['Too few professionals could attend.', 'The venue was closed by snow.', 'Combined with the next half term’s meeting.'];

type RecordMeeting = Extract<MeetingCommand, { type: 'RecordMeeting' }>;
type CancelMeeting = Extract<MeetingCommand, { type: 'CancelMeeting' }>;

export const recordMeetingCommand = (options: MeetingOptions = {}): fc.Arbitrary<RecordMeeting> =>
  meetingReference(options).chain((meeting) =>
    plainRecord({
      type: fc.constant('RecordMeeting' as const),
      meeting: fc.constant(meeting),
      heldOn: meetingDate(meeting, options),
      attendance: fc.array(attendee(), { minLength: 0, maxLength: 8 }),
    }),
  );

export const cancelMeetingCommand = (options: MeetingOptions = {}): fc.Arbitrary<CancelMeeting> =>
  meetingReference(options).chain((meeting) =>
    plainRecord({
      type: fc.constant('CancelMeeting' as const),
      meeting: fc.constant(meeting),
      cancelledOn: meetingDate(meeting, options),
      reason: shortText(cancellationReasons),
    }),
  );

export const meetingCommand = (options: MeetingOptions = {}): fc.Arbitrary<MeetingCommand> =>
  fc.oneof({ weight: 4, arbitrary: recordMeetingCommand(options) }, { weight: 1, arbitrary: cancelMeetingCommand(options) });

/** A decodable MeetingHeld event (its date and attendance are not checked against the rules). */
export const meetingHeldEvent = (options: MeetingOptions = {}): fc.Arbitrary<Extract<MeetingEvent, { type: 'MeetingHeld' }>> =>
  recordMeetingCommand(options).map((command) => ({ ...command, type: 'MeetingHeld' as const }));

export const meetingCancelledEvent = (options: MeetingOptions = {}): fc.Arbitrary<Extract<MeetingEvent, { type: 'MeetingCancelled' }>> =>
  cancelMeetingCommand(options).map((command) => ({ ...command, type: 'MeetingCancelled' as const }));

export const meetingEvent = (options: MeetingOptions = {}): fc.Arbitrary<MeetingEvent> =>
  fc.oneof({ weight: 4, arbitrary: meetingHeldEvent(options) }, { weight: 1, arbitrary: meetingCancelledEvent(options) });
