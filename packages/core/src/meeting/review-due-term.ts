/** Half terms a review can be put off by cancelled meetings before the rule stops looking: two years of meetings. */
export const furthestReviewPutOff = 12;

/**
 * The half term (as `termOrdinal`) whose hub meeting should review actions agreed in the half
 * term `agreedTerm`: the next one whose meeting is not cancelled. The process reviews actions at
 * the next meeting; a review that falls due at a cancelled meeting is due at the next meeting
 * held, and only late after that. `cancelled` answers for the reviewing district's meetings.
 */
export const reviewDueTerm = (agreedTerm: number, cancelled: (term: number) => boolean): number => {
  let term = agreedTerm + 1;
  while (term < agreedTerm + furthestReviewPutOff && cancelled(term)) term += 1;
  return term;
};
