import { academicYearOf, type CaseCommand, type CaseCommandOf } from '@send-hub/core';
import * as fc from 'fast-check';
import { escalationReason, heardViews, lmgReason } from './case-commands';
import { actionOutcome, lmgOutcome, reviewConclusion } from './reference-data';

/*
 * Commands that could come straight after one step of a valid journey, on the same
 * day, and are valid only in some of the states the journey can be in: a review at
 * the very meeting that agreed the actions, an escalation after whatever the review
 * concluded, a closure as "needs met" after any review, views heard just after consent was withdrawn,
 * the old district's hub discussing a case the day it moved away, the same move again.
 */

/** The commands worth trying right after `step` (of a case in `district` just before it); none for steps with no interesting follow-up. */
export const followUpsOf = (step: CaseCommand, district = 'cannock-chase'): ReadonlyArray<fc.Arbitrary<CaseCommand>> => {
  const { caseId, occurredOn } = step;
  const escalate = escalationReason().map((reason): CaseCommand => ({ type: 'EscalateToLMG', caseId, occurredOn, reason }));
  const closeAsNeedsMet = fc.constant<CaseCommand>({ type: 'Close', caseId, occurredOn, reason: 'needs-met' });
  switch (step.type) {
    case 'AgreeActions':
      return [
        fc
          .tuple(fc.array(actionOutcome(), { minLength: step.actions.length, maxLength: step.actions.length }), reviewConclusion())
          .map(([outcomes, conclusion]): CaseCommand => ({
            type: 'Review',
            caseId,
            occurredOn,
            meeting: step.meeting,
            outcomes: step.actions.map((action, index) => ({ actionId: action.actionId, outcome: outcomes[index] ?? 'worked' })),
            conclusion,
          })),
        escalate,
      ];
    case 'Review':
      return [escalate, closeAsNeedsMet, fc.constant<CaseCommand>({ ...step, outcomes: [] })];
    case 'WithdrawConsent':
      // Views heard while consent is withdrawn: refused, as the hub has stopped working on the case.
      return [escalate, closeAsNeedsMet, heardViews().map((heard): CaseCommand => ({ type: 'RecordViews', caseId, occurredOn, ...heard }))];
    case 'Discuss':
    case 'RecordViews':
    case 'RecordConsent':
      return [escalate, closeAsNeedsMet];
    case 'EscalateToLMG': {
      // The group at once, with any outcome, and with no recommendation: valid only when the outcome does not send it back.
      const atOnce = (outcome: fc.Arbitrary<CaseCommandOf<'DiscussAtLMG'>['outcome']>) =>
        fc.tuple(outcome, lmgReason()).map(([decided, reason]): CaseCommand => ({
          type: 'DiscussAtLMG',
          caseId,
          occurredOn,
          meeting: { district, academicYear: academicYearOf(occurredOn), halfTerm: 1 },
          outcome: decided,
          reason,
          recommendations: [],
        }));
      return [atOnce(lmgOutcome()), atOnce(fc.constant('back-to-hub' as const))];
    }
    case 'DiscussAtLMG':
      // Hub work straight after the group's discussion: valid only when the case was sent back.
      return [fc.constant<CaseCommand>({ type: 'Close', caseId, occurredOn, reason: 'other' }), escalate];
    case 'RecordMove':
      // The old district's hub deciding on the case the day it moved away: refused when the move changed district.
      return [
        escalate,
        fc.constant<CaseCommand>({ type: 'Discuss', caseId, occurredOn, meeting: { district, academicYear: academicYearOf(occurredOn), halfTerm: 1 } }),
        fc.constant<CaseCommand>({ ...step }),
      ];
    case 'Refer':
    case 'Close':
      return [];
  }
};
