import { describeLMGMeetingPeriod, type Agency, type CalendarDate, type LMGMeetingReference } from '@send-hub/core';
import type { DistrictModel } from '../district-model';
import { attendanceOf } from './meetings';

export interface LMGMeetingAttendance {
  readonly meeting: LMGMeetingReference;
  /** "Autumn 1 2025/26" or "October 2025". */
  readonly period: string;
  readonly status: 'held' | 'cancelled';
  readonly statusLabel: string;
  readonly on: CalendarDate;
  readonly agencies: ReadonlyArray<Agency>;
  readonly agencyLabels: ReadonlyArray<string>;
  /** Education, social care or health when absent from a held meeting. */
  readonly missingAgencyLabels: ReadonlyArray<string>;
  readonly attendeeCount: number;
  readonly cancellationReason: string | null;
  /** The themes the group saw across cases, for the district's strategic planning. */
  readonly themes: ReadonlyArray<string>;
}

/** A district's recorded Locality Management Group meetings in date order, with attendance and themes. */
export const lmgMeetingsOf = (model: DistrictModel, district: string): ReadonlyArray<LMGMeetingAttendance> =>
  [...model.lmgMeetings.values()]
    .filter((record) => record.meeting.district === district)
    .sort((left, right) => left.on.localeCompare(right.on))
    .map((record) => ({ meeting: { ...record.meeting }, period: describeLMGMeetingPeriod(record.meeting), ...attendanceOf(record), themes: [...record.themes] }));
