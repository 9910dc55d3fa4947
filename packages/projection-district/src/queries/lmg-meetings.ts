import { describeLMGMeetingPeriod, type LMGMeetingReference } from '@send-hub/core';
import type { DistrictModel } from '../district-model';
import { attendanceOf, type MeetingAttendance } from './meetings';

/** A group meeting as its list shows it: the attendance a hub meeting's shows, its period, and its themes. */
export interface LMGMeetingAttendance extends Omit<MeetingAttendance, 'meeting' | 'halfTerm'> {
  readonly meeting: LMGMeetingReference;
  /** "Autumn 1 2025/26" or "October 2025". */
  readonly period: string;
  /** The themes the group saw across cases, for the district's strategic planning. */
  readonly themes: ReadonlyArray<string>;
}

/** A district's recorded Locality Management Group meetings in date order, with attendance and themes. */
export const lmgMeetingsOf = (model: DistrictModel, district: string): ReadonlyArray<LMGMeetingAttendance> =>
  [...model.lmgMeetings.values()]
    .filter((record) => record.meeting.district === district)
    .sort((left, right) => left.on.localeCompare(right.on))
    .map((record) => ({ meeting: { ...record.meeting }, period: describeLMGMeetingPeriod(record.meeting), ...attendanceOf(record), themes: [...record.themes] }));
