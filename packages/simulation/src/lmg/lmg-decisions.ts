import { lmgOutcomeEffect } from '@send-hub/core';
import { caseEnded } from '../cases/case-closure';
import type { JourneyContext } from '../cases/journey-context';
import type { SimulatedCase } from '../cases/simulated-case';
import { weightedChoice } from '../random/seeded-random';
import { lmgOutcomeWeights } from '../tables/journey-proportions';
import { lmgReasons, lmgRecommendations } from '../tables/lmg-reasons';
import type { HeldLMGMeeting } from './lmg-meeting-plan';

const outcomeOf = weightedChoice(lmgOutcomeWeights);

/**
 * What a held group meeting decides for one of its district's cases: for a case escalated
 * before the meeting, with consent current, a discussion and an outcome. Back to the hub
 * (with recommendations), the hub discusses it again at its next meeting; an outcome that
 * ends the hub's work closes the case; to discuss again, it waits for the next meeting.
 */
export const decideAtLMGMeeting = (simulated: SimulatedCase, held: HeldLMGMeeting, context: JourneyContext): void => {
  if (simulated.stage !== 'escalated' || simulated.consentOn === undefined || simulated.lastDate > held.heldOn) return;
  if (simulated.escalatedOn === undefined || simulated.escalatedOn > held.heldOn) return;
  const { random } = simulated;
  const outcome = outcomeOf(random);
  const effect = lmgOutcomeEffect(outcome);
  const recommendations = effect === 'returns-to-hub' ? random.pickDistinct(lmgRecommendations, random.integer(1, 2)) : [];
  context.schedule.forCase(
    simulated,
    { type: 'DiscussAtLMG', caseId: simulated.caseId, occurredOn: held.heldOn, meeting: held.meeting, outcome, reason: random.pick(lmgReasons[effect]), recommendations },
    context.groupChair,
    held.minutes.take(),
  );
  if (effect === 'returns-to-hub') simulated.stage = 'returned';
  else if (effect === 'closes-case') caseEnded(simulated, context, held.heldOn, 'passed-to-locality-management-group');
};
