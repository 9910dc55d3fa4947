import * as t from 'io-ts';
import { AcademicYear, academicYearStart, describeTerm, HalfTerm } from '../reference/academic-time';
import { DistrictId } from '../reference/districts';
import type { LMGCadence } from '../reference/locality-management-group-cadence';
import { exactType } from '../validation/exact-object';
import { identityUnion } from '../values/identity-union';

/** A calendar month, 1 (January) to 12 (December). */
const isMonth = (input: unknown): input is number => typeof input === 'number' && Number.isInteger(input) && input >= 1 && input <= 12;
export const CalendarMonth = new t.Type<number, number, unknown>(
  'a month (1 for January to 12 for December)',
  isMonth,
  (input, context) => (isMonth(input) ? t.success(input) : t.failure(input, context)),
  t.identity,
);

/** A group that meets every half term names its meeting like a hub meeting: district, academic year and half term. */
export const HalfTermLMGMeeting = exactType(
  { district: DistrictId, academicYear: AcademicYear, halfTerm: HalfTerm },
  'a Locality Management Group meeting of a half term (district, academic year and half term)',
);
/** A group that meets every month names its meeting by district, academic year and month. */
export const MonthlyLMGMeeting = exactType(
  { district: DistrictId, academicYear: AcademicYear, month: CalendarMonth },
  'a Locality Management Group meeting of a month (district, academic year and month)',
);

/** A Locality Management Group meeting: of a half term or of a month, as the council's cadence says. */
export const LMGMeetingReference = identityUnion([HalfTermLMGMeeting, MonthlyLMGMeeting], 'a Locality Management Group meeting');
export type LMGMeetingReference = t.TypeOf<typeof LMGMeetingReference>;

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export const isMonthlyLMGMeeting = (meeting: LMGMeetingReference): meeting is t.TypeOf<typeof MonthlyLMGMeeting> => 'month' in meeting;

/** The cadence a meeting's reference follows. */
export const cadenceOfLMGMeeting = (meeting: LMGMeetingReference): LMGCadence => (isMonthlyLMGMeeting(meeting) ? 'monthly' : 'every-half-term');

/** The calendar year of a month of an academic year: September to December in its first year, January to August in its second. */
export const calendarYearOfMonth = (academicYear: AcademicYear, month: number): number => academicYearStart(academicYear) + (month >= 9 ? 0 : 1);

/** "Autumn 1 2025/26" or "October 2025". */
export const describeLMGMeetingPeriod = (meeting: LMGMeetingReference): string =>
  isMonthlyLMGMeeting(meeting)
    ? `${monthNames[meeting.month - 1] ?? String(meeting.month)} ${calendarYearOfMonth(meeting.academicYear, meeting.month)}`
    : describeTerm(meeting);

export const describeLMGMeeting = (meeting: LMGMeetingReference, districtName: string = meeting.district): string =>
  `the ${districtName} Locality Management Group meeting of ${describeLMGMeetingPeriod(meeting)}`;

export const lmgMeetingStreamPrefix = 'lmg-meeting-';

export const lmgMeetingStreamId = (meeting: LMGMeetingReference): string =>
  `${lmgMeetingStreamPrefix}${meeting.district}-${meeting.academicYear.replace('/', '-')}-${isMonthlyLMGMeeting(meeting) ? `month-${meeting.month}` : `half-term-${meeting.halfTerm}`}`;

/** A reference of its own, for a state to keep: a state shares no object with the events folded into it. */
export const copyOfLMGMeeting = (meeting: LMGMeetingReference): LMGMeetingReference =>
  isMonthlyLMGMeeting(meeting)
    ? { district: meeting.district, academicYear: meeting.academicYear, month: meeting.month }
    : { district: meeting.district, academicYear: meeting.academicYear, halfTerm: meeting.halfTerm };

export const sameLMGMeeting = (left: LMGMeetingReference, right: LMGMeetingReference): boolean =>
  lmgMeetingStreamId(left) === lmgMeetingStreamId(right);
