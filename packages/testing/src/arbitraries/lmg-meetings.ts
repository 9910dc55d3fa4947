import {
  addDays,
  calendarYearOfMonth,
  defaultHalfTermCalendar,
  isSchoolDay,
  lmgSettingsOf,
  staffordshireConfiguration,
  type CalendarDate,
  type HalfTermCalendar,
  type LMGMeetingCommand,
  type LMGMeetingEvent,
  type LMGMeetingReference,
} from '@send-hub/core';
import * as fc from 'fast-check';
import { academicTerm, calendarDate, dayInTerm } from './academic-time';
import { shortText } from './identifiers';
import { attendee, type MeetingOptions } from './meetings';
import { anyDistrictId, districtId } from './reference-data';
import { plainRecord } from './plain-record';

const groupDistrict = (options: MeetingOptions): fc.Arbitrary<string> =>
  options.district !== undefined
    ? fc.constant(options.district)
    : fc.oneof({ weight: 9, arbitrary: districtId(options.configuration ?? staffordshireConfiguration) }, { weight: 1, arbitrary: anyDistrictId() });

/** A Locality Management Group meeting of the configuration's cadence: of a half term, or of a month. */
export const lmgMeetingReference = (options: MeetingOptions = {}): fc.Arbitrary<LMGMeetingReference> => {
  const cadence = lmgSettingsOf(options.configuration ?? staffordshireConfiguration).cadence;
  return cadence === 'monthly'
    ? fc.tuple(groupDistrict(options), academicTerm(), fc.integer({ min: 1, max: 12 })).map(([district, term, month]) => ({ district, academicYear: term.academicYear, month }))
    : fc.tuple(groupDistrict(options), academicTerm()).map(([district, term]) => ({ district, ...term }));
};

/**
 * A day of the group meeting's own period: its half term, or a school day of its month
 * (the month's first day when it has none, such as August, which the rules refuse).
 */
export const dayOfLMGMeeting = (meeting: LMGMeetingReference, dayOffset: number, calendar: HalfTermCalendar = defaultHalfTermCalendar): CalendarDate => {
  if (!('month' in meeting)) return dayInTerm(meeting, dayOffset, calendar);
  const first = `${calendarYearOfMonth(meeting.academicYear, meeting.month)}-${String(meeting.month).padStart(2, '0')}-01`;
  const days = Array.from({ length: 31 }, (_, index) => addDays(first, index)).filter((day) => day.slice(0, 7) === first.slice(0, 7) && isSchoolDay(calendar, day));
  return days[Math.max(0, dayOffset) % Math.max(1, days.length)] ?? first;
};

/** Mostly a day inside the meeting's period; sometimes any date, which the rules may refuse. */
const groupMeetingDate = (meeting: LMGMeetingReference, options: MeetingOptions): fc.Arbitrary<CalendarDate> => {
  const calendar = (options.configuration ?? staffordshireConfiguration).halfTermCalendar;
  return fc.oneof({ weight: 9, arbitrary: fc.nat({ max: 40 }).map((offset) => dayOfLMGMeeting(meeting, offset, calendar)) }, { weight: 1, arbitrary: calendarDate() });
};

const cancellationReasons = ['Too few members could attend.', 'The chair was taken ill.', 'Combined with the next meeting.'];
const themes = [
  'Rising anxiety-based school avoidance in Year 8 and Year 9.',
  'Long waits for speech and language therapy advice.',
  'Transition from primary to secondary school for autistic pupils.',
  'Few places for specialist outreach support.',
];

type Command<Type extends LMGMeetingCommand['type']> = Extract<LMGMeetingCommand, { type: Type }>;

export const recordLMGMeetingCommand = (options: MeetingOptions = {}): fc.Arbitrary<Command<'RecordLMGMeeting'>> =>
  lmgMeetingReference(options).chain((meeting) =>
    plainRecord({
      type: fc.constant('RecordLMGMeeting' as const),
      meeting: fc.constant(meeting),
      heldOn: groupMeetingDate(meeting, options),
      attendance: fc.array(attendee(), { minLength: 0, maxLength: 8 }),
    }),
  );

export const cancelLMGMeetingCommand = (options: MeetingOptions = {}): fc.Arbitrary<Command<'CancelLMGMeeting'>> =>
  lmgMeetingReference(options).chain((meeting) =>
    plainRecord({ type: fc.constant('CancelLMGMeeting' as const), meeting: fc.constant(meeting), cancelledOn: groupMeetingDate(meeting, options), reason: shortText(cancellationReasons) }),
  );

/** Themes the group saw across cases: short statements, never a child's details. */
export const lmgThemes = (): fc.Arbitrary<string[]> => fc.uniqueArray(shortText(themes), { minLength: 0, maxLength: 3 });

export const recordLMGThemesCommand = (options: MeetingOptions = {}): fc.Arbitrary<Command<'RecordLMGThemes'>> =>
  lmgMeetingReference(options).chain((meeting) => plainRecord({ type: fc.constant('RecordLMGThemes' as const), meeting: fc.constant(meeting), themes: lmgThemes() }));

export const lmgMeetingCommand = (options: MeetingOptions = {}): fc.Arbitrary<LMGMeetingCommand> =>
  fc.oneof({ weight: 4, arbitrary: recordLMGMeetingCommand(options) }, { weight: 1, arbitrary: cancelLMGMeetingCommand(options) }, { weight: 2, arbitrary: recordLMGThemesCommand(options) });

/** The event a group meeting command records when accepted: the same facts under the event's name. */
export const lmgMeetingEventOf = (command: LMGMeetingCommand): LMGMeetingEvent => {
  switch (command.type) {
    case 'RecordLMGMeeting':
      return { ...command, type: 'LMGMeetingHeld' };
    case 'CancelLMGMeeting':
      return { ...command, type: 'LMGMeetingCancelled' };
    case 'RecordLMGThemes':
      return { ...command, type: 'LMGThemesRecorded' };
  }
};

/** Decodable group meeting events (not checked against the rules). */
export const lmgMeetingEvent = (options: MeetingOptions = {}): fc.Arbitrary<LMGMeetingEvent> => lmgMeetingCommand(options).map(lmgMeetingEventOf);
