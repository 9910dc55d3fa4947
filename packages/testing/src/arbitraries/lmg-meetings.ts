import {
  calendarYearOfMonth,
  lmgSettingsOf,
  staffordshireConfiguration,
  type CalendarDate,
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

/** A day of the group meeting's own period: its month, or its half term. */
export const dayOfLMGMeeting = (meeting: LMGMeetingReference, dayOffset: number): CalendarDate => {
  if (!('month' in meeting)) return dayInTerm(meeting, dayOffset);
  const year = calendarYearOfMonth(meeting.academicYear, meeting.month);
  const day = Math.min(28, 1 + Math.max(0, dayOffset));
  return `${year}-${String(meeting.month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
};

/** Mostly a day inside the meeting's period; sometimes any date, which the rules may refuse. */
const groupMeetingDate = (meeting: LMGMeetingReference): fc.Arbitrary<CalendarDate> =>
  fc.oneof({ weight: 9, arbitrary: fc.nat({ max: 40 }).map((offset) => dayOfLMGMeeting(meeting, offset)) }, { weight: 1, arbitrary: calendarDate() });

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
      heldOn: groupMeetingDate(meeting),
      attendance: fc.array(attendee(), { minLength: 0, maxLength: 8 }),
    }),
  );

export const cancelLMGMeetingCommand = (options: MeetingOptions = {}): fc.Arbitrary<Command<'CancelLMGMeeting'>> =>
  lmgMeetingReference(options).chain((meeting) =>
    plainRecord({ type: fc.constant('CancelLMGMeeting' as const), meeting: fc.constant(meeting), cancelledOn: groupMeetingDate(meeting), reason: shortText(cancellationReasons) }),
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
