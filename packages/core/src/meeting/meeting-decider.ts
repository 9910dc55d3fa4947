import { either as E } from 'fp-ts';
import type { Decider } from '../decider/decider';
import { academicYearOf, describeTerm } from '../reference/academic-time';
import { halfTermDates } from '../reference/half-term-calendar';
import { districtName, staffordshireConfiguration, type HubConfiguration } from '../reference/hub-configuration';
import { formatCalendarDate, type CalendarDate } from '../values/calendar-date';
import type { MeetingCommand, MeetingEvent } from './meeting-messages';
import { copyOfMeeting, describeMeeting, meetingStreamId, type MeetingReference } from './meeting-reference';
import { capitalised } from '../values/sentence-start';

export const meetingRules = {
  'meeting-already-recorded': 'Each hub meeting is recorded once, as held or as cancelled.',
  'district-unknown': 'Meetings are held by one of the council’s district hubs.',
  'meeting-date-outside-academic-year': 'A meeting is held or cancelled within its academic year (1 September to 31 August).',
  'meeting-date-outside-half-term':
    'A hub meeting is held on one of its half term’s days under the council’s term dates, never in a holiday or another half term, and is cancelled no later than its half term’s last day.',
  'no-attendance': 'A meeting records at least one attending professional.',
} as const;

export type MeetingRejectionCode = keyof typeof meetingRules;

export interface MeetingRejection {
  readonly _tag: 'MeetingRejection';
  readonly code: MeetingRejectionCode;
  readonly message: string;
  readonly meetingId: string;
}

export type MeetingState =
  | { readonly status: 'not-recorded' }
  | { readonly status: 'held'; readonly meeting: MeetingReference; readonly on: CalendarDate }
  | { readonly status: 'cancelled'; readonly meeting: MeetingReference; readonly on: CalendarDate };

export type MeetingDecider = Decider<MeetingCommand, MeetingEvent, MeetingState, MeetingRejection>;

const reject = (code: MeetingRejectionCode, meeting: MeetingReference, particulars: string): E.Either<MeetingRejection, never> =>
  E.left({ _tag: 'MeetingRejection', code, meetingId: meetingStreamId(meeting), message: `${particulars} ${meetingRules[code]}` });

const evolveMeeting = (state: MeetingState, event: MeetingEvent): MeetingState => {
  if (state.status !== 'not-recorded') return state;
  return event.type === 'MeetingHeld'
    ? { status: 'held', meeting: copyOfMeeting(event.meeting), on: event.heldOn }
    : { status: 'cancelled', meeting: copyOfMeeting(event.meeting), on: event.cancelledOn };
};

export const createMeetingDecider = (configuration: HubConfiguration): MeetingDecider => ({
  initialState: { status: 'not-recorded' },
  evolve: evolveMeeting,
  decide: (command, state) => {
    const { meeting } = command;
    const date = command.type === 'RecordMeeting' ? command.heldOn : command.cancelledOn;
    if (state.status !== 'not-recorded') {
      // The message opens with the meeting's description, so it starts with a capital letter like any sentence.
      const described = describeMeeting(meeting, districtName(configuration, meeting.district));
      return reject('meeting-already-recorded', meeting, `${capitalised(described)} was already recorded as ${state.status} on ${formatCalendarDate(state.on)}.`);
    }
    if (!configuration.districts.some((district) => district.id === meeting.district)) {
      return reject('district-unknown', meeting, `There is no district hub "${meeting.district}" in ${configuration.councilName}.`);
    }
    if (academicYearOf(date) !== meeting.academicYear) {
      return reject('meeting-date-outside-academic-year', meeting, `The date ${formatCalendarDate(date)} is not in the academic year ${meeting.academicYear}.`);
    }
    const { firstDay, lastDay } = halfTermDates(configuration.halfTermCalendar, meeting);
    // No meeting is held or cancelled after its half term ends, nor held before it starts.
    if (date > lastDay || (command.type === 'RecordMeeting' && date < firstDay)) {
      const described = describeMeeting(meeting, districtName(configuration, meeting.district));
      const doing = command.type === 'RecordMeeting' ? 'held' : 'cancelled';
      return reject(
        'meeting-date-outside-half-term',
        meeting,
        `${capitalised(described)} cannot be ${doing} on ${formatCalendarDate(date)}: ${describeTerm(meeting)} runs from ${formatCalendarDate(firstDay)} to ${formatCalendarDate(lastDay)}.`,
      );
    }
    if (command.type === 'CancelMeeting') {
      return E.right([{ type: 'MeetingCancelled', meeting, cancelledOn: command.cancelledOn, reason: command.reason }]);
    }
    if (command.attendance.length === 0) return reject('no-attendance', meeting, 'Nobody was recorded as attending.');
    return E.right([{ type: 'MeetingHeld', meeting, heldOn: command.heldOn, attendance: command.attendance }]);
  },
});

export const meetingDecider: MeetingDecider = createMeetingDecider(staffordshireConfiguration);
