import { meetingStreamId, reviewDueTerm, termFromOrdinal, termOrdinal, type MeetingReference } from '@send-hub/core';
import type { DistrictModel } from '../district-model';

/**
 * The half term (as `termOrdinal`) whose meeting reviews the actions agreed at `agreedAt`, by
 * the core's rule (the reviewing district's next meeting not recorded as cancelled). The
 * reviewing district is the one that agreed the actions, or the one the child has moved to since.
 */
export const reviewDueTermAt = (model: DistrictModel, agreedAt: MeetingReference, reviewingDistrict: string = agreedAt.district): number =>
  reviewDueTerm(termOrdinal(agreedAt), (ordinal) => isCancelled(model, reviewingDistrict, ordinal));

/** Whether the district's hub meeting of the half term `ordinal` is recorded as cancelled. */
const isCancelled = (model: DistrictModel, district: string, ordinal: number): boolean =>
  model.meetings.get(meetingStreamId({ district, ...termFromOrdinal(ordinal) }))?.status === 'cancelled';

/** The meetings of `meeting`'s district cancelled since the one that agreed the actions, before `meeting`: why a review waits longer than a half term. */
export const cancelledSince = (model: DistrictModel, agreedAt: MeetingReference, meeting: MeetingReference): ReadonlyArray<MeetingReference> => {
  const cancelled: MeetingReference[] = [];
  for (let ordinal = termOrdinal(agreedAt) + 1; ordinal < termOrdinal(meeting); ordinal += 1) {
    if (isCancelled(model, meeting.district, ordinal)) cancelled.push({ district: meeting.district, ...termFromOrdinal(ordinal) });
  }
  return cancelled;
};

/** Whether a review of actions agreed at `agreedAt` is late at `meeting` (of the district reviewing them): it was due at an earlier meeting held (or still to be held). */
export const isReviewOverdue = (model: DistrictModel, agreedAt: MeetingReference, meeting: MeetingReference): boolean =>
  termOrdinal(meeting) > reviewDueTermAt(model, agreedAt, meeting.district);
