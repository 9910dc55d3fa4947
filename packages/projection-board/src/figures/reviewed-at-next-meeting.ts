import { reviewDueTerm } from '@send-hub/core';
import type { BoardCase, BoardModel } from '../board-model';
import type { BoardPeriod } from './board-selection';

/**
 * How the review of one agreement of actions went against the plan: the process reviews the
 * actions at the next meeting the district's hub holds.
 */
export const reviewTimings = ['as-planned', 'later', 'not-reviewed'] as const;
export type ReviewTiming = (typeof reviewTimings)[number];

/** Short enough to head a column; the table's title says what they are reviews of. */
export const reviewTimingLabels: Readonly<Record<ReviewTiming, string>> = {
  'as-planned': 'At the next meeting held',
  later: 'At a later meeting',
  'not-reviewed': 'Not reviewed',
};

/** What the board knows of a district's meeting in a half term: held, cancelled, or nothing yet. */
export type MeetingKnown = 'held' | 'cancelled' | undefined;

/** The meetings of the model by district and half term, looked up once per publication. */
export type MeetingLookup = (district: string, term: number) => MeetingKnown;

export const meetingLookup = (model: BoardModel): MeetingLookup => {
  const known = new Map<string, MeetingKnown>();
  for (const meeting of model.meetings.values()) known.set(`${meeting.district} ${meeting.term}`, meeting.held ? 'held' : 'cancelled');
  return (district, term) => known.get(`${district} ${term}`);
};

/**
 * The half term whose meeting should review actions agreed at `agreedTerm` (the core's rule): a
 * meeting the board has not heard of is taken to be held, as planned.
 */
export const reviewDueTermOf = (district: string, agreedTerm: number, meetings: MeetingLookup): number =>
  reviewDueTerm(agreedTerm, (term) => meetings(district, term) === 'cancelled');

/**
 * The district whose meetings review an agreement: the one the case is in by the review (or, not
 * reviewed, now): a child who moved with actions open has them reviewed by the new district's hub,
 * and a cancellation there is what moves the review on. The case is still counted where it was referred.
 */
const reviewingDistrict = (counted: BoardCase, reviewedOn: string | undefined): string => {
  let district = counted.district;
  for (const move of counted.moves) if (reviewedOn === undefined || move.on <= reviewedOn) district = move.to;
  return district;
};

export interface DueReview {
  /** The half term of the meeting the review was due at. */
  readonly dueTerm: number;
  readonly timing: ReviewTiming;
}

/**
 * Each agreement of the case whose review has fallen due, and how it went. An agreement counts
 * once its due meeting has been held (or the case was reviewed at or after it); one whose case
 * was closed, without a review, before or at the meeting it was due at had nothing left to review
 * and is not counted.
 */
export const dueReviewsOf = (counted: BoardCase, meetings: MeetingLookup, termOfDate: (date: string) => number): DueReview[] => {
  const closedTerm = counted.closure === null ? undefined : termOfDate(counted.closure.on);
  return counted.agreedTerms.flatMap((agreedTerm): DueReview[] => {
    const next = counted.reviews.find((review) => review.term > agreedTerm);
    const reviewing = reviewingDistrict(counted, next?.on);
    const dueTerm = reviewDueTermOf(reviewing, agreedTerm, meetings);
    if (next !== undefined && next.term <= dueTerm) return [{ dueTerm, timing: 'as-planned' }];
    if (closedTerm !== undefined && closedTerm <= dueTerm && (next === undefined || next.term > closedTerm)) return [];
    if (next !== undefined) return [{ dueTerm, timing: 'later' }];
    return meetings(reviewing, dueTerm) === 'held' ? [{ dueTerm, timing: 'not-reviewed' }] : [];
  });
};

export type ReviewTimingCounts = Readonly<Record<ReviewTiming, number>>;

/** Agreements whose review fell due in the period (at a meeting of one of its half terms), by how the review went. */
export const reviewTimingCounts = (cases: Iterable<BoardCase>, period: BoardPeriod, meetings: MeetingLookup): ReviewTimingCounts => {
  const counts: Record<ReviewTiming, number> = { 'as-planned': 0, later: 0, 'not-reviewed': 0 };
  for (const counted of cases) {
    if (counted.agreedTerms.length === 0) continue;
    for (const due of dueReviewsOf(counted, meetings, (date) => period.termOfDate(date))) if (period.containsTerm(due.dueTerm)) counts[due.timing] += 1;
  }
  return counts;
};
