import { broadAreaOf, type AgreedAction, type ReferralDetails } from '@send-hub/core';
import { weightedChoice, type SeededRandom } from '../random/seeded-random';
import { seededUuid } from '../random/seeded-identifiers';
import { actionTemplatesByArea, generalActionTemplates, type ActionTemplate } from '../tables/action-templates';
import { actionCountWeights } from '../tables/journey-proportions';

const actionCount = weightedChoice(actionCountWeights);

/** One to three different actions for the child's primary area of need, or for any child, each with a new id. */
export const drawAgreedActions = (random: SeededRandom, referral: ReferralDetails): AgreedAction[] => {
  const primary = referral.needs.find((need) => need.rank === 1)?.need ?? 'OTH';
  const forTheNeed = actionTemplatesByArea[broadAreaOf(primary)];
  const count = actionCount(random);
  const chosen: ActionTemplate[] = [];
  while (chosen.length < count) {
    const template = random.pick(random.chance(0.6) ? forTheNeed : generalActionTemplates);
    if (!chosen.includes(template)) chosen.push(template);
  }
  return chosen.map((template) => ({ actionId: seededUuid(random), description: template.description, agency: template.agency, ownerRole: template.ownerRole }));
};
