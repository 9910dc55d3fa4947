import * as t from 'io-ts';
import { AcademicYear, describeTerm, HalfTerm, termOrdinal } from '../reference/academic-time';
import { DistrictId } from '../reference/districts';
import { exactType } from '../validation/exact-object';

/** A hub meeting is identified by its district, academic year and half term. */
export const MeetingReference = exactType(
  { district: DistrictId, academicYear: AcademicYear, halfTerm: HalfTerm },
  'a meeting (district, academic year and half term)',
);
export type MeetingReference = t.TypeOf<typeof MeetingReference>;

/** A meeting reference of its own, for a state to keep: a state shares no object with the events folded into it. */
export const copyOfMeeting = (meeting: MeetingReference): MeetingReference => ({
  district: meeting.district,
  academicYear: meeting.academicYear,
  halfTerm: meeting.halfTerm,
});

export const sameMeeting = (left: MeetingReference, right: MeetingReference): boolean =>
  left.district === right.district && left.academicYear === right.academicYear && left.halfTerm === right.halfTerm;

export const isLaterMeeting = (later: MeetingReference, earlier: MeetingReference): boolean =>
  termOrdinal(later) > termOrdinal(earlier);

export const describeMeeting = (meeting: MeetingReference, districtName: string = meeting.district): string =>
  `the ${districtName} hub meeting of ${describeTerm(meeting)}`;

export const meetingStreamId = (meeting: MeetingReference): string =>
  `meeting-${meeting.district}-${meeting.academicYear.replace('/', '-')}-${meeting.halfTerm}`;
