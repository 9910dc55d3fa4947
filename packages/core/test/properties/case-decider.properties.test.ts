import { caseDecider, caseRules, CaseEvent, fold } from '@send-hub/core';
import {
  caseCommandSequence,
  caseEvent,
  caseHistoryBreaches,
  decideIsPureLaw,
  deciderAcceptsJourneysLaw,
  deciderNeverBreaksItsRulesLaw,
  evolveIsPureLaw,
  stateSharesNothingWithEventsLaw,
  evolveIsTotalLaw,
  rejectionsExplainThemselvesLaw,
  validCaseHistory,
  validCaseJourney,
} from '@send-hub/testing';
import * as fc from 'fast-check';

const numRuns = 200;

describe('the case decider, on generated commands', () => {
  it('accepts every valid journey in full', () => {
    fc.assert(deciderAcceptsJourneysLaw(caseDecider, validCaseJourney()), { numRuns });
  });

  it('never accepts a command that leaves a history its rules forbid', () => {
    fc.assert(deciderNeverBreaksItsRulesLaw(caseDecider, caseCommandSequence(), (history) => caseHistoryBreaches(history)), { numRuns });
  });

  it('explains every refusal with one of its rules, in plain English', () => {
    fc.assert(rejectionsExplainThemselvesLaw(caseDecider, caseCommandSequence(), caseRules), { numRuns });
  });

  it('decides without side effects: the same answer twice, the state untouched', () => {
    fc.assert(decideIsPureLaw(caseDecider, caseCommandSequence()), { numRuns: 100 });
  });

  it('folds any decodable events, on any state a journey reaches, without throwing', () => {
    fc.assert(evolveIsTotalLaw(caseDecider, caseEvent(), { histories: validCaseHistory() }), { numRuns });
  });

  it('folds without side effects: a frozen state is never written to, and the same event gives the same state', () => {
    fc.assert(evolveIsPureLaw(caseDecider, validCaseHistory()), { numRuns });
  });

  it('builds a state that shares no object with its events, so a handler may fold the events it wrote', () => {
    fc.assert(stateSharesNothingWithEventsLaw(caseDecider, validCaseHistory()), { numRuns });
  });

  // Command handlers may cache the state; a cached state must not keep what erasure destroys.
  it('folds to a state that holds no personal data: erasing every personal field changes nothing', () => {
    const erased = { erased: true } as const;
    const withoutPersonalData = (event: CaseEvent): CaseEvent =>
      event.type === 'Referred' ? { ...event, referral: { ...event.referral, personal: { childName: erased, dateOfBirth: erased, narrative: erased } } } : event;
    fc.assert(
      fc.property(validCaseHistory(), (history) => {
        expect(fold(caseDecider.evolve, caseDecider.initialState, history.map(withoutPersonalData))).toEqual(fold(caseDecider.evolve, caseDecider.initialState, history));
      }),
      { numRuns },
    );
  });

  it('generates histories that the independent reading of the rules finds lawful and that decode', () => {
    fc.assert(
      fc.property(validCaseHistory(), (history) => {
        expect(caseHistoryBreaches(history)).toEqual([]);
        expect(history.every((event) => CaseEvent.is(event))).toBe(true);
      }),
      { numRuns },
    );
  });
});
