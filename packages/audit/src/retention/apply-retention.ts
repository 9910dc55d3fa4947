import { formatCalendarDate } from '@send-hub/core';
import type { either as E } from 'fp-ts';
import { forgetChild, type ErasureContext, type ErasureReceipt } from '../erasure/forget-child';
import type { ErasureRefusal } from '../erasure/erasure-refusal';
import type { RetentionReview } from './retention-review';

/**
 * Acts on a dry run: forgets every child it found due, one at a time, each with a
 * reason naming the rule that applied. Children under a hold were already left out.
 */
export const applyRetention = async (
  context: ErasureContext,
  review: RetentionReview,
  erasedBy: string,
): Promise<ReadonlyArray<E.Either<ErasureRefusal, ErasureReceipt>>> => {
  const outcomes: Array<E.Either<ErasureRefusal, ErasureReceipt>> = [];
  for (const child of review.due) {
    const years = child.hadPlan ? review.policy.yearsAfterDateOfBirthWithPlan : review.policy.yearsAfterDateOfBirth;
    const reason =
      `Retention period ended on ${formatCalendarDate(child.dueOn)}: date of birth + ${years} years` +
      (child.hadPlan ? ', the period for a child with an education, health and care plan.' : '.');
    outcomes.push(await forgetChild(context, child.childReference, { erasedBy, reason, occurredOn: review.asOf }));
  }
  return outcomes;
};
