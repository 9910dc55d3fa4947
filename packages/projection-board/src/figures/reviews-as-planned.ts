import type { BoardCase, BoardMeeting } from '../board-model';
import { ratio, type BoardPeriod, type Ratio } from './board-selection';

/** How often actions were reviewed at the next meeting held after the one that agreed them, as the process plans. */
export interface ReviewsAsPlanned {
  /** Actions reviewed at a meeting of the period (whose agreeing meeting is known). */
  readonly actionsReviewed: number;
  /** Of those, the actions reviewed at the next meeting held after the one that agreed them. */
  readonly atNextMeetingHeld: number;
  readonly share: Ratio;
}

const key = (district: string, term: number): string => `${district}\u0000${term}`;

/**
 * Of the actions reviewed at the period's meetings, how many were reviewed at the next
 * meeting held after the one that agreed them. A cancelled meeting is skipped: a review
 * due at it is due at the next meeting held, so a review there is as planned.
 */
export const reviewsAsPlanned = (cases: Iterable<BoardCase>, meetings: Iterable<BoardMeeting>, period: BoardPeriod): ReviewsAsPlanned => {
  const cancelled = new Set<string>();
  for (const meeting of meetings) if (!meeting.held) cancelled.add(key(meeting.district, meeting.term));
  let actionsReviewed = 0;
  let atNextMeetingHeld = 0;
  for (const counted of cases) {
    for (const review of counted.reviews) {
      if (review.agreedTerm === null || !period.containsTerm(review.term)) continue;
      let due = review.agreedTerm + 1;
      while (cancelled.has(key(counted.district, due))) due += 1;
      const actions = review.outcomes.reduce((sum, count) => sum + count, 0);
      actionsReviewed += actions;
      if (review.term === due) atNextMeetingHeld += actions;
    }
  }
  return { actionsReviewed, atNextMeetingHeld, share: ratio(atNextMeetingHeld, actionsReviewed) };
};
