import type { NeedType, RankedNeed, SenProvision } from '@send-hub/core';
import { weightedChoice, type SeededRandom } from '../random/seeded-random';
import { primaryNeedWeightsByProvision, secondaryNeedProbability, secondaryNeedWeights } from '../tables/referral-proportions';

const primaryNeed = {
  K: weightedChoice(primaryNeedWeightsByProvision.K),
  E: weightedChoice(primaryNeedWeightsByProvision.E),
  N: weightedChoice(primaryNeedWeightsByProvision.N),
};
const secondaryNeed = weightedChoice(secondaryNeedWeights);

/**
 * One primary need, sometimes a secondary one, as the rules require: never the same need
 * twice, NSA (no specialist assessment) only with SEN support and then alone, since a need
 * not yet assessed has no second need beside it. `keepPrimary` is the need a school names
 * again at a re-referral, when the provision still allows it.
 */
export const drawRankedNeeds = (random: SeededRandom, provision: SenProvision, keepPrimary?: NeedType): RankedNeed[] => {
  const primary = keepPrimary !== undefined && (keepPrimary !== 'NSA' || provision === 'K') ? keepPrimary : primaryNeed[provision](random);
  const needs: RankedNeed[] = [{ need: primary, rank: 1 }];
  if (primary !== 'NSA' && random.chance(secondaryNeedProbability)) {
    let secondary = secondaryNeed(random);
    // Redraw a clash with the primary need; the table has many needs, so this ends quickly.
    while (secondary === primary) secondary = secondaryNeed(random);
    needs.push({ need: secondary, rank: 2 });
  }
  return needs;
};
