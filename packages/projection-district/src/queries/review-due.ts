import { meetingStreamId, termFromOrdinal, termOrdinal, type MeetingReference } from '@send-hub/core';
import type { DistrictModel } from '../district-model';

/**
 * The half term (as `termOrdinal`) whose meeting reviews the actions agreed at `agreedAt`:
 * the reviewing district's next meeting not recorded as cancelled. A review that fell due at a
 * cancelled meeting is due at the next meeting held, and only late after that. The reviewing
 * district is the one that agreed the actions, or the one the child has moved to since.
 */
export const reviewDueTerm = (model: DistrictModel, agreedAt: MeetingReference, reviewingDistrict: string = agreedAt.district): number => {
  let ordinal = termOrdinal(agreedAt) + 1;
  // Each cancelled meeting moves the review on by one half term; a district cancels few, so the walk is short.
  while (model.meetings.get(meetingStreamId({ district: reviewingDistrict, ...termFromOrdinal(ordinal) }))?.status === 'cancelled') ordinal += 1;
  return ordinal;
};

/** The meetings of `meeting`'s district cancelled since the one that agreed the actions, before `meeting`: why a review waits longer than a half term. */
export const cancelledSince = (model: DistrictModel, agreedAt: MeetingReference, meeting: MeetingReference): ReadonlyArray<MeetingReference> => {
  const cancelled: MeetingReference[] = [];
  for (let ordinal = termOrdinal(agreedAt) + 1; ordinal < termOrdinal(meeting); ordinal += 1) {
    const between = { district: meeting.district, ...termFromOrdinal(ordinal) };
    if (model.meetings.get(meetingStreamId(between))?.status === 'cancelled') cancelled.push(between);
  }
  return cancelled;
};

/** Whether a review of actions agreed at `agreedAt` is late at `meeting` (of the district reviewing them): it was due at an earlier meeting held (or still to be held). */
export const isReviewOverdue = (model: DistrictModel, agreedAt: MeetingReference, meeting: MeetingReference): boolean =>
  termOrdinal(meeting) > reviewDueTerm(model, agreedAt, meeting.district);
