// What a council's test file holds (for example `test/case-rules.properties.test.ts`).
import { CaseEvent, caseRules, erasedPersonalData, type CaseEvent as CaseEventValue } from '@send-hub/core';
import {
  caseCommandSequence,
  caseEvent,
  caseHistoryBreaches,
  codecRoundTripLaw,
  decideIsPureLaw,
  deciderAcceptsJourneysLaw,
  deciderNeverBreaksItsRulesLaw,
  deciderSpecification,
  evolveIsTotalLaw,
  rejectionsExplainThemselvesLaw,
  validCaseHistory,
  validCaseJourney,
} from '@send-hub/testing';
import * as fc from 'fast-check';
import { northshire, northshireCaseDecider, warehouseRow } from './warehouse-row';

const numRuns = 100;
const journeys = { configuration: northshire };

describe('the case rules with our districts', () => {
  it('accept every valid journey in full', () => {
    fc.assert(deciderAcceptsJourneysLaw(northshireCaseDecider, validCaseJourney(journeys)), { numRuns });
  });

  it('never let a command through that breaks a rule', () => {
    fc.assert(deciderNeverBreaksItsRulesLaw(northshireCaseDecider, caseCommandSequence(journeys), (history) => caseHistoryBreaches(history, northshire)), { numRuns });
  });

  it('explain every refusal with one of the rules, in plain English', () => {
    fc.assert(rejectionsExplainThemselvesLaw(northshireCaseDecider, caseCommandSequence(journeys), caseRules), { numRuns });
  });

  it('decide without side effects, and fold any events without throwing', () => {
    fc.assert(decideIsPureLaw(northshireCaseDecider, caseCommandSequence(journeys)), { numRuns });
    fc.assert(evolveIsTotalLaw(northshireCaseDecider, caseEvent(journeys), { histories: validCaseHistory(journeys) }), { numRuns });
  });

  it('keep a case at its own district’s meetings', () => {
    const caseId = '0199a1b2-0000-7000-8000-000000000010';
    const referral = {
      childReference: 'NORTH-000123',
      district: 'riverside',
      school: '131313',
      yearGroup: 'Y8',
      senProvision: 'K',
      needs: [{ need: 'SPLD', rank: 1 }],
      sex: 'M',
      ethnicity: 'WBRI',
      pupilPremium: false,
      assessPlanDoReviewCycles: 1,
      personal: { childName: 'Jordan Lee', dateOfBirth: '2012-11-30', narrative: 'Struggles with reading and spelling.' },
    } as const;
    const history: CaseEventValue[] = [
      {
        type: 'Referred',
        caseId,
        occurredOn: '2025-09-10',
        referral: { ...referral, needs: [...referral.needs], personal: { ...referral.personal } },
        consent: { givenBy: 'parent-or-carer', form: 'verbal', givenOn: '2025-09-08', youngPersonLacksCapacity: false },
      },
    ];
    const oldTownMeeting = { district: 'old-town', academicYear: '2025/26', halfTerm: 1 } as const;
    deciderSpecification(northshireCaseDecider).given(history).when({ type: 'Discuss', caseId, occurredOn: '2025-10-01', meeting: oldTownMeeting }).thenRejects('meeting-in-another-district');
    deciderSpecification(northshireCaseDecider)
      .given(history)
      .when({ type: 'Discuss', caseId, occurredOn: '2025-10-01', meeting: { ...oldTownMeeting, district: 'riverside' } })
      .then([{ type: 'Discussed', caseId, occurredOn: '2025-10-01', meeting: { ...oldTownMeeting, district: 'riverside' } }]);
  });
});

describe('our warehouse export', () => {
  const withoutPersonalData = (history: ReadonlyArray<CaseEventValue>): CaseEventValue[] =>
    history.map((event) =>
      event.type === 'Referred'
        ? { ...event, referral: { ...event.referral, personal: { childName: erasedPersonalData, dateOfBirth: erasedPersonalData, narrative: erasedPersonalData } } }
        : event,
    );

  it('is the same whether or not the child’s personal data has been erased (so it holds none)', () => {
    fc.assert(
      fc.property(validCaseHistory(journeys), (history) => {
        expect(warehouseRow(withoutPersonalData(history))).toEqual(warehouseRow(history));
      }),
      { numRuns },
    );
  });

  it('reads events that went through JSON, as every store keeps them', () => {
    fc.assert(codecRoundTripLaw(CaseEvent, caseEvent({ ...journeys, mayBeErased: true }), { throughJson: true }), { numRuns });
  });
});
