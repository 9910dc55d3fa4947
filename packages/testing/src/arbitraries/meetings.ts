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
import { academicTerm, calendarDate, dayInTerm } from './academic-time';
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

/** Mostly a day inside the meeting's half term; sometimes any date, which the rules may refuse. */
const meetingDate = (meeting: MeetingReference): fc.Arbitrary<CalendarDate> =>
  fc.oneof(
    { weight: 9, arbitrary: fc.nat({ max: 40 }).map((offset) => dayInTerm(meeting, offset)) },
    { weight: 1, arbitrary: calendarDate() },
  );

const cancellationReasons = ['Too few professionals could attend.', 'The venue was closed by snow.', 'Combined with the next half term’s meeting.'];

type RecordMeeting = Extract<MeetingCommand, { type: 'RecordMeeting' }>;
type CancelMeeting = Extract<MeetingCommand, { type: 'CancelMeeting' }>;

export const recordMeetingCommand = (options: MeetingOptions = {}): fc.Arbitrary<RecordMeeting> =>
  meetingReference(options).chain((meeting) =>
    plainRecord({
      type: fc.constant('RecordMeeting' as const),
      meeting: fc.constant(meeting),
      heldOn: meetingDate(meeting),
      attendance: fc.array(attendee(), { minLength: 0, maxLength: 8 }),
    }),
  );

export const cancelMeetingCommand = (options: MeetingOptions = {}): fc.Arbitrary<CancelMeeting> =>
  meetingReference(options).chain((meeting) =>
    plainRecord({
      type: fc.constant('CancelMeeting' as const),
      meeting: fc.constant(meeting),
      cancelledOn: meetingDate(meeting),
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
