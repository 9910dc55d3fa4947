import type { ActionOutcome, ActionReview, ReviewConclusion } from '@send-hub/core';
import { weightedChoice, type SeededRandom } from '../random/seeded-random';
import {
  actionOutcomeWeights,
  conclusionJudgementProbability,
  needsMetFromScore,
  notWorkingUpToScore,
  outcomeScores,
  reviewsBeforeDecision,
} from '../tables/journey-proportions';

export interface ReviewDecision {
  readonly outcomes: ActionReview[];
  readonly conclusion: ReviewConclusion;
}

const scoreConclusion = (score: number, reviewsSoFar: number): ReviewConclusion => {
  if (reviewsSoFar + 1 >= reviewsBeforeDecision) return score >= 0.5 ? 'needs-met' : 'not-working';
  return score >= needsMetFromScore ? 'needs-met' : score <= notWorkingUpToScore ? 'not-working' : 'continue-with-new-actions';
};

/** A conclusion next to the one the scores give: the professionals' judgement of a borderline case. */
const judgedConclusion = (random: SeededRandom, scored: ReviewConclusion): ReviewConclusion =>
  scored === 'continue-with-new-actions' ? (random.chance(0.5) ? 'needs-met' : 'not-working') : 'continue-with-new-actions';

/**
 * The outcome of each outstanding action, drawn from the child's responsiveness, and the
 * conclusion they point to: "needs met" when most worked, "not working" when few did,
 * otherwise "continue with new actions"; after a few reviews the hub stops continuing.
 */
export const decideReview = (random: SeededRandom, actionIds: ReadonlyArray<string>, responsiveness: number, reviewsSoFar: number): ReviewDecision => {
  const outcome = weightedChoice<ActionOutcome>(actionOutcomeWeights(responsiveness));
  const outcomes = actionIds.map((actionId) => ({ actionId, outcome: outcome(random) }));
  const score = outcomes.reduce((total, reviewed) => total + outcomeScores[reviewed.outcome], 0) / Math.max(1, outcomes.length);
  const scored = scoreConclusion(score, reviewsSoFar);
  const lastChance = reviewsSoFar + 1 >= reviewsBeforeDecision;
  return { outcomes, conclusion: !lastChance && random.chance(conclusionJudgementProbability) ? judgedConclusion(random, scored) : scored };
};
