import { lmgOutcomeEffect, termOrdinal, type ActionReview, type CaseEvent } from '@send-hub/core';
import type { HubEnvelope } from '@send-hub/hub';
import { keepMeetingOnce } from '@send-hub/projections';
import { outcomeOrder, type BoardModel } from './board-model';

const countOutcomes = (outcomes: ReadonlyArray<ActionReview>): [number, number, number, number] => {
  const counts: [number, number, number, number] = [0, 0, 0, 0];
  for (const { outcome } of outcomes) {
    const index = outcomeOrder.indexOf(outcome);
    counts[index] = (counts[index] ?? 0) + 1;
  }
  return counts;
};

const applyCaseEvent = (model: BoardModel, event: CaseEvent): void => {
  if (event.type === 'Referred') {
    if (model.cases.has(event.caseId)) return;
    const { referral } = event;
    model.cases.set(event.caseId, {
      caseId: event.caseId,
      district: referral.district,
      school: referral.school,
      sex: referral.sex,
      ethnicity: referral.ethnicity,
      yearGroup: referral.yearGroup,
      primaryNeed: referral.needs.find((need) => need.rank === 1)?.need ?? null,
      senProvision: referral.senProvision,
      pupilPremium: referral.pupilPremium,
      reReferral: model.referredChildren.has(referral.childReference),
      referredOn: event.occurredOn,
      // Consent that came with the referral is on file from the day of the referral: none of the wait the board measures.
      consentsGivenOn: event.consent === 'not-recorded-at-referral' ? [] : [event.occurredOn],
      firstDiscussion: null,
      agreedTerms: [],
      reviews: [],
      escalatedOn: null,
      lmgDiscussions: [],
      closure: null,
      moves: [],
    });
    model.referredChildren.add(referral.childReference);
    return;
  }
  // No figure counts these: looking their case up would cost a cache miss each.
  if (event.type === 'ConsentWithdrawn' || event.type === 'ViewsHeard') return;
  const counted = model.cases.get(event.caseId);
  // A closed case takes no more events (the decider refuses them); a foreign history's extra ones are ignored.
  if (counted === undefined || counted.closure !== null) return;
  switch (event.type) {
    case 'ConsentGiven':
      counted.consentsGivenOn.push(event.occurredOn);
      return;
    case 'Discussed':
      if (counted.firstDiscussion === null) counted.firstDiscussion = { on: event.occurredOn, term: termOrdinal(event.meeting) };
      return;
    case 'ActionsAgreed':
      // Agreements are what the share reviewed at the next meeting held counts (`reviewedAtNextMeeting`).
      counted.agreedTerms.push(termOrdinal(event.meeting));
      return;
    case 'Reviewed':
      counted.reviews.push({ on: event.occurredOn, term: termOrdinal(event.meeting), conclusion: event.conclusion, outcomes: countOutcomes(event.outcomes) });
      return;
    case 'EscalatedToLMG':
      if (counted.escalatedOn === null) counted.escalatedOn = event.occurredOn;
      return;
    case 'DiscussedAtLMG':
      counted.lmgDiscussions.push({ on: event.occurredOn, outcome: event.outcome });
      // The group's outcome that ends the hub's work closes the case, as the case's own state does.
      if (lmgOutcomeEffect(event.outcome) === 'closes-case') counted.closure = { on: event.occurredOn, reason: 'passed-to-locality-management-group' };
      return;
    case 'ChildMoved':
      counted.moves.push({ on: event.occurredOn, from: event.from.district, to: event.to.district });
      return;
    case 'CaseClosed':
      counted.closure = { on: event.occurredOn, reason: event.reason };
      return;
  }
};

/**
 * Folds one hub event into the board model, in place (see `Projection`). Personal data
 * erasure changes nothing: the model holds no personal data.
 */
export const applyBoardEvent = (model: BoardModel, { event }: HubEnvelope): BoardModel => {
  switch (event.type) {
    case 'MeetingHeld':
    case 'MeetingCancelled':
      keepMeetingOnce(model.meetings, event, (facts) => ({ district: facts.meeting.district, term: termOrdinal(facts.meeting), held: facts.held, agencies: facts.agencies }));
      return model;
    case 'PersonalDataErased':
    case 'ReferralStarted':
    case 'LMGMeetingHeld':
    case 'LMGMeetingCancelled':
    case 'LMGThemesRecorded':
      return model;
    default:
      applyCaseEvent(model, event);
      return model;
  }
};
