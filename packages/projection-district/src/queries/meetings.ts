import { agencies, describeTerm, statutoryAgencies, termOrdinal, type Agency, type CalendarDate, type MeetingReference } from '@send-hub/core';
import type { DistrictModel, MeetingRecord } from '../district-model';

export interface MeetingAttendance {
  readonly meeting: MeetingReference;
  /** "Autumn 1 2025/26". */
  readonly halfTerm: string;
  readonly status: 'held' | 'cancelled';
  readonly statusLabel: string;
  readonly on: CalendarDate;
  readonly agencies: ReadonlyArray<Agency>;
  readonly agencyLabels: ReadonlyArray<string>;
  /** Education, social care or health when absent from a held meeting. */
  readonly missingAgencyLabels: ReadonlyArray<string>;
  readonly attendeeCount: number;
  readonly cancellationReason: string | null;
}

/** A district's recorded meetings in order: which agencies attended each, and which were cancelled. */
export const meetingsOf = (model: DistrictModel, district: string): ReadonlyArray<MeetingAttendance> =>
  [...model.meetings.values()]
    .filter((record) => record.meeting.district === district)
    .sort((left, right) => termOrdinal(left.meeting) - termOrdinal(right.meeting))
    .map((record) => ({ meeting: { ...record.meeting }, halfTerm: describeTerm(record.meeting), ...attendanceOf(record) }));

/** What a held or cancelled meeting's record shows, the hub's or the group's alike. */
export const attendanceOf = (record: Omit<MeetingRecord, 'meeting'>): Omit<MeetingAttendance, 'meeting' | 'halfTerm'> => ({
  status: record.status,
  statusLabel: record.status === 'held' ? 'Held' : 'Cancelled',
  on: record.on,
  agencies: [...record.agencies],
  agencyLabels: record.agencies.map((agency) => agencies.label(agency)),
  missingAgencyLabels: record.status === 'held' ? statutoryAgencies.filter((agency) => !record.agencies.includes(agency)).map((agency) => agencies.label(agency)) : [],
  attendeeCount: record.attendeeCount,
  cancellationReason: record.cancellationReason,
});
