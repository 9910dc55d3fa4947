import { addDays, type CalendarDate, type MeetingReference } from '@send-hub/core';
import { recordingDelay, recordingTime, type MinutesClock } from '../recording/recording-times';
import { escalationReasons } from '../tables/action-templates';
import { childViews, waysChildViewsAreHeard } from '../tables/views-templates';
import {
  agendaDeadlineDays,
  childViewsAtDiscussionProbability,
  closeNeedsMetLaterDays,
  closeNeedsMetLaterProbability,
  escalateAfterDays,
  escalateWhenNotWorkingProbability,
  responsivenessGainPerCycle,
  reviewDeferredProbability,
} from '../tables/journey-proportions';
import { drawAgreedActions } from './agreed-actions';
import { closeCase } from './case-closure';
import { daysAfter, type JourneyContext } from './journey-context';
import { decideReview } from './review-conclusion';
import type { SimulatedCase } from './simulated-case';

/** A meeting that took place, with the clock its minutes are recorded by. */
export interface HeldMeeting {
  readonly meeting: MeetingReference;
  readonly heldOn: CalendarDate;
  readonly termOrdinal: number;
  readonly minutes: MinutesClock;
}

const agreeActions = (simulated: SimulatedCase, held: HeldMeeting, context: JourneyContext): void => {
  const actions = drawAgreedActions(simulated.random, simulated.referral);
  context.schedule.forCase(
    simulated,
    { type: 'AgreeActions', caseId: simulated.caseId, occurredOn: held.heldOn, meeting: held.meeting, actions },
    context.officer,
    held.minutes.take(),
  );
  simulated.stage = 'actions-agreed';
  simulated.outstandingActionIds = actions.map((action) => action.actionId);
  simulated.actionsAgreedTerm = held.termOrdinal;
};

/** A first discussion (a child not yet heard is heard there about half the time), or a discussion again of a case the group sent back, with actions agreed at once. */
const discuss = (simulated: SimulatedCase, held: HeldMeeting, context: JourneyContext): void => {
  const { random } = simulated;
  const heardNow = !simulated.childViewsHeard && random.chance(childViewsAtDiscussionProbability);
  const views = heardNow ? { views: [{ whose: 'child-or-young-person' as const, how: random.pick(waysChildViewsAreHeard), views: random.pick(childViews) }] } : {};
  if (heardNow) simulated.childViewsHeard = true;
  context.schedule.forCase(simulated, { type: 'Discuss', caseId: simulated.caseId, occurredOn: held.heldOn, meeting: held.meeting, ...views }, context.officer, held.minutes.take());
  agreeActions(simulated, held, context);
};

const escalate = (simulated: SimulatedCase, held: HeldMeeting, context: JourneyContext): void => {
  const { random } = simulated;
  const escalatedOn = daysAfter(random, held.heldOn, escalateAfterDays);
  context.schedule.forCase(
    simulated,
    { type: 'EscalateToLMG', caseId: simulated.caseId, occurredOn: escalatedOn, reason: random.pick(escalationReasons) },
    context.officer,
    recordingTime(random, escalatedOn, 'escalation'),
  );
  // The Locality Management Group takes it from here, at its next meeting held after the escalation.
  simulated.stage = 'escalated';
  simulated.escalatedOn = escalatedOn;
};

const review = (simulated: SimulatedCase, held: HeldMeeting, context: JourneyContext): void => {
  const { random } = simulated;
  const decision = decideReview(random, simulated.outstandingActionIds, simulated.responsiveness, simulated.reviews);
  // A review is now and then typed in later than the rest of the minutes, once its outcomes are confirmed.
  const late = recordingDelay(random, 'review');
  context.schedule.forCase(
    simulated,
    { type: 'Review', caseId: simulated.caseId, occurredOn: held.heldOn, meeting: held.meeting, outcomes: decision.outcomes, conclusion: decision.conclusion },
    context.officer,
    held.minutes.take() + late,
  );
  simulated.reviews += 1;
  simulated.outstandingActionIds = [];
  simulated.responsiveness = Math.min(1, simulated.responsiveness + responsivenessGainPerCycle);
  switch (decision.conclusion) {
    case 'needs-met': {
      const closedOn = random.chance(closeNeedsMetLaterProbability) ? daysAfter(random, held.heldOn, closeNeedsMetLaterDays) : held.heldOn;
      closeCase(simulated, context, closedOn, 'needs-met', closedOn === held.heldOn ? held.minutes.take() : recordingTime(random, closedOn, 'closure'));
      return;
    }
    case 'continue-with-new-actions':
      agreeActions(simulated, held, context);
      return;
    case 'not-working':
      if (random.chance(escalateWhenNotWorkingProbability)) escalate(simulated, held, context);
      else agreeActions(simulated, held, context);
  }
};

/**
 * What a held meeting decides for one of its district's cases: a first discussion and
 * actions for a case whose consent came in time for the agenda; a review of the actions
 * agreed at an earlier meeting (now and then put off to the next); nothing for a case
 * whose last fact is dated after the meeting (a consent that came later, say).
 */
export const decideAtMeeting = (simulated: SimulatedCase, held: HeldMeeting, context: JourneyContext): void => {
  if (simulated.stage === 'closed' || simulated.lastDate > held.heldOn) return;
  // Waiting on the group: the hub does nothing with it until the group sends it back.
  if (simulated.stage === 'escalated') return;
  if (simulated.stage === 'returned') {
    if (simulated.consentOn !== undefined) discuss(simulated, held, context);
    return;
  }
  if (simulated.stage === 'awaiting-discussion') {
    if (simulated.consentOn !== undefined && simulated.consentOn <= addDays(held.heldOn, -agendaDeadlineDays)) discuss(simulated, held, context);
    return;
  }
  if ((simulated.actionsAgreedTerm ?? Infinity) >= held.termOrdinal || simulated.random.chance(reviewDeferredProbability)) return;
  review(simulated, held, context);
};
