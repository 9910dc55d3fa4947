import { either as E } from 'fp-ts';
import type { Decider } from '../decider/decider';
import { academicYearOf, describeTerm } from '../reference/academic-time';
import { halfTermDates, halfTermOfDate, isSchoolDay, isWithinHalfTerm, type HalfTermCalendar } from '../reference/half-term-calendar';
import { districtName, lmgSettingsOf, staffordshireConfiguration, type HubConfiguration } from '../reference/hub-configuration';
import { lmgCadences } from '../reference/locality-management-group-cadence';
import { formatCalendarDate, type CalendarDate } from '../values/calendar-date';
import type { LMGMeetingCommand, LMGMeetingEvent } from './lmg-meeting-messages';
import {
  cadenceOfLMGMeeting,
  calendarYearOfMonth,
  copyOfLMGMeeting,
  describeLMGMeeting,
  describeLMGMeetingPeriod,
  isMonthlyLMGMeeting,
  lmgMeetingStreamId,
  type LMGMeetingReference,
} from './lmg-meeting-reference';
import { lmgMeetingRules, type LMGMeetingRejection, type LMGMeetingRejectionCode } from './lmg-meeting-rules';
import { capitalised } from '../values/sentence-start';

export type LMGMeetingState =
  | { readonly status: 'not-recorded' }
  | { readonly status: 'held'; readonly meeting: LMGMeetingReference; readonly on: CalendarDate; readonly themes: ReadonlyArray<string> }
  | { readonly status: 'cancelled'; readonly meeting: LMGMeetingReference; readonly on: CalendarDate };

export type LMGMeetingDecider = Decider<LMGMeetingCommand, LMGMeetingEvent, LMGMeetingState, LMGMeetingRejection>;

export const initialLMGMeetingState: LMGMeetingState = { status: 'not-recorded' };

const reject = (code: LMGMeetingRejectionCode, meeting: LMGMeetingReference, particulars: string): E.Either<LMGMeetingRejection, never> =>
  E.left({ _tag: 'LMGMeetingRejection', code, meetingId: lmgMeetingStreamId(meeting), message: `${particulars} ${lmgMeetingRules[code]}` });

/** Total: a held meeting gains themes; anything after a meeting's first record that the rules refuse leaves it as it was. */
export const evolveLMGMeeting = (state: LMGMeetingState, event: LMGMeetingEvent): LMGMeetingState => {
  switch (event.type) {
    case 'LMGMeetingHeld':
      return state.status === 'not-recorded' ? { status: 'held', meeting: copyOfLMGMeeting(event.meeting), on: event.heldOn, themes: [] } : state;
    case 'LMGMeetingCancelled':
      return state.status === 'not-recorded' ? { status: 'cancelled', meeting: copyOfLMGMeeting(event.meeting), on: event.cancelledOn } : state;
    case 'LMGThemesRecorded':
      return state.status === 'held' ? { ...state, themes: state.themes.concat(event.themes) } : state;
  }
};

/** Where a holiday's date lies, in words: before the half term it precedes (the summer's first days) or after the one just ended. */
const holidayInWords = (calendar: HalfTermCalendar, date: CalendarDate): string => {
  const term = halfTermOfDate(calendar, date);
  const { firstDay, lastDay } = halfTermDates(calendar, term);
  return date < firstDay
    ? `in the holiday before ${describeTerm(term)}, which starts on ${formatCalendarDate(firstDay)}`
    : `in the holiday after ${describeTerm(term)}, which ended on ${formatCalendarDate(lastDay)}`;
};

/**
 * Whether a date lies in the meeting's own period, on a school day under the calendar the
 * hub meetings use: a monthly meeting in its calendar month, and (as every meeting) in a
 * half term, never in a holiday; a half-term meeting within its own half term.
 */
export const lmgMeetingDateProblem = (calendar: HalfTermCalendar, meeting: LMGMeetingReference, date: CalendarDate): string | undefined => {
  const day = formatCalendarDate(date);
  if (academicYearOf(date) !== meeting.academicYear) return `The date ${day} is not in the academic year ${meeting.academicYear}.`;
  const period = describeLMGMeetingPeriod(meeting);
  if (isMonthlyLMGMeeting(meeting)) {
    const inMonth = Number(date.slice(5, 7)) === meeting.month && Number(date.slice(0, 4)) === calendarYearOfMonth(meeting.academicYear, meeting.month);
    if (!inMonth) return `The date ${day} is not in ${period}.`;
    return isSchoolDay(calendar, date) ? undefined : `The date ${day} is ${holidayInWords(calendar, date)}: the group meets on a school day of ${period}.`;
  }
  if (isWithinHalfTerm(calendar, meeting, date)) return undefined;
  const term = halfTermOfDate(calendar, date);
  if (term.halfTerm !== meeting.halfTerm || term.academicYear !== meeting.academicYear) return `The date ${day} is in ${describeTerm(term)}, not ${period}.`;
  return `The date ${day} is ${holidayInWords(calendar, date)}.`;
};

const decideThemes = (command: Extract<LMGMeetingCommand, { type: 'RecordLMGThemes' }>, state: LMGMeetingState, described: string): E.Either<LMGMeetingRejection, ReadonlyArray<LMGMeetingEvent>> => {
  const { meeting } = command;
  if (state.status !== 'held') {
    return reject('themes-at-meeting-not-held', meeting, state.status === 'cancelled' ? `${capitalised(described)} was cancelled.` : `${capitalised(described)} has not been recorded as held.`);
  }
  if (command.themes.length === 0) return reject('themes-invalid', meeting, 'No themes were given.');
  const seen = new Set(state.themes.map((theme) => theme.trim().toLowerCase()));
  for (const [index, theme] of command.themes.entries()) {
    const key = theme.trim().toLowerCase();
    if (seen.has(key)) return reject('themes-invalid', meeting, `Theme ${index + 1} is already recorded for ${described}.`);
    seen.add(key);
  }
  return E.right([{ type: 'LMGThemesRecorded', meeting, themes: command.themes }]);
};

/**
 * The decider of one district's Locality Management Group meeting (a stream per meeting,
 * as hub meetings have): held with its attendance, or cancelled, once; then its themes.
 * The half terms come from `calendar`, the one the hub meetings are held to.
 */
export const createLMGMeetingDecider = (configuration: HubConfiguration, calendar: HalfTermCalendar = configuration.halfTermCalendar): LMGMeetingDecider => ({
  initialState: initialLMGMeetingState,
  evolve: evolveLMGMeeting,
  decide: (command, state) => {
    const { meeting } = command;
    const described = describeLMGMeeting(meeting, districtName(configuration, meeting.district));
    if (command.type === 'RecordLMGThemes') return decideThemes(command, state, described);
    if (state.status !== 'not-recorded') return reject('lmg-meeting-already-recorded', meeting, `${capitalised(described)} was already recorded as ${state.status} on ${formatCalendarDate(state.on)}.`);
    if (!configuration.districts.some((district) => district.id === meeting.district)) {
      return reject('district-unknown', meeting, `There is no district "${meeting.district}" in ${configuration.councilName}.`);
    }
    const cadence = lmgSettingsOf(configuration).cadence;
    if (cadenceOfLMGMeeting(meeting) !== cadence) {
      return reject('lmg-meeting-off-cadence', meeting, `${configuration.councilName}’s groups meet ${lmgCadences.label(cadence).toLowerCase()}, so ${described} is not one of their meetings.`);
    }
    const date = command.type === 'RecordLMGMeeting' ? command.heldOn : command.cancelledOn;
    const dateProblem = lmgMeetingDateProblem(calendar, meeting, date);
    if (dateProblem !== undefined) return reject('lmg-meeting-date-outside-period', meeting, dateProblem);
    if (command.type === 'CancelLMGMeeting') return E.right([{ type: 'LMGMeetingCancelled', meeting, cancelledOn: command.cancelledOn, reason: command.reason }]);
    if (command.attendance.length === 0) return reject('no-attendance', meeting, 'Nobody was recorded as attending.');
    return E.right([{ type: 'LMGMeetingHeld', meeting, heldOn: command.heldOn, attendance: command.attendance }]);
  },
});

export const lmgMeetingDecider: LMGMeetingDecider = createLMGMeetingDecider(staffordshireConfiguration);
