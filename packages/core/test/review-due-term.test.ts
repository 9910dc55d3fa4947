import { furthestReviewPutOff, reviewDueTerm } from '@send-hub/core';

describe('the half term a review of actions is due', () => {
  it('is the next half term when its meeting is not cancelled', () => {
    expect(reviewDueTerm(100, () => false)).toBe(101);
  });

  it('moves on past each cancelled meeting, to the next one held', () => {
    const cancelled = new Set([101, 102]);
    expect(reviewDueTerm(100, (term) => cancelled.has(term))).toBe(103);
  });

  it('stops looking two years on, however many meetings were cancelled', () => {
    expect(furthestReviewPutOff).toBe(12);
    expect(reviewDueTerm(100, () => true)).toBe(112);
  });
});
