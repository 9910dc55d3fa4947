import { caseRules, createCaseDecider, type CaseCommand, type CaseEvent } from '@send-hub/core';
import { caseCommandSequence, deciderAcceptsJourneysLaw, deciderSpecification, rejectionsExplainThemselvesLaw, validCaseJourney } from '@send-hub/testing';
import * as fc from 'fast-check';
import { councilRecordDecider } from '../src/council-record-decider';
import { adapterRules } from '../src/record-to-command';
import { councilExtractFor, councilRecordFor } from './council-extract';
import { configuration } from './record-through-adapter';

const decider = councilRecordDecider(configuration, 'education');

const namesUnknownDistrict = (command: CaseCommand): boolean => {
  const district = command.type === 'Refer' ? command.referral.district : command.type === 'RecordMove' ? command.district : 'meeting' in command ? command.meeting?.district : undefined;
  return district !== undefined && !configuration.districts.some((known) => known.id === district);
};
const caseId = '77777777-7777-4777-8777-777777777777';

/** A Year 12 student: past compulsory school age, so she consents for herself. */
const referredInYearTwelve: CaseEvent = {
  type: 'Referred',
  caseId,
  occurredOn: '2025-09-22',
  referral: {
    childReference: 'child-noor',
    district: 'lichfield',
    school: '345678',
    yearGroup: 'Y12',
    senProvision: 'E',
    needs: [{ need: 'ASD', rank: 1 }],
    sex: 'F',
    ethnicity: 'APKN',
    pupilPremium: false,
    assessPlanDoReviewCycles: 4,
    personal: { childName: 'Noor Malik', dateOfBirth: '2009-01-15', narrative: 'Anxious about the move to college.' },
  },
  // Recorded before consent came with the referral: her consent follows as a record of its own.
  consent: 'not-recorded-at-referral',
};

const consentRecord = (from: string, date = '29/09/2025') => ({
  ...councilRecordFor({ type: 'RecordConsent', caseId, occurredOn: '2025-09-29', givenBy: 'young-person', form: 'verbal' }, 12, configuration),
  from,
  date,
});

describe('the council record decider: the adapter’s reading and the hub’s rules as one pure decider', () => {
  it('accepts every valid journey written as council records (the testing kit’s law)', () => {
    fc.assert(deciderAcceptsJourneysLaw(decider, validCaseJourney().map((journey) => councilExtractFor(journey, configuration))), { numRuns: 100 });
  });

  it('explains every refusal by a rule’s code and in plain English, the adapter’s rule included (the testing kit’s law)', () => {
    fc.assert(rejectionsExplainThemselvesLaw(decider, caseCommandSequence().map((commands) => councilExtractFor(commands, configuration)), { ...caseRules, ...adapterRules }), { numRuns: 100 });
  });

  it('given a Year 12 referral, when the council records verbal consent from “The young person”, then consent is given by the young person', () => {
    deciderSpecification(decider)
      .given([referredInYearTwelve])
      .when(consentRecord('The young person'))
      .then([{ type: 'ConsentGiven', caseId, occurredOn: '2025-09-29', givenBy: 'young-person', form: 'verbal', youngPersonLacksCapacity: false }]);
  });

  it('given a Year 12 referral, when the council records consent from “A parent or carer” alone, then the hub refuses: she consents for herself', () => {
    deciderSpecification(decider).given([referredInYearTwelve]).when(consentRecord('A parent or carer')).thenRejects('consent-from-wrong-person');
  });

  it('given a referral, when a record’s date is written the hub’s way instead of the council’s, then the adapter refuses to guess', () => {
    deciderSpecification(decider)
      .given([referredInYearTwelve])
      .when(consentRecord('The young person', '2025-09-29'))
      .thenRejectsWith((refusal) => refusal.code === 'record-not-understood' && refusal.message.includes('the date "2025-09-29" is not a date written dd/mm/yyyy'), 'a refusal naming the date');
  });

  it('agrees with the hub’s own decider on every record it can read (the adapter adds no rules of its own)', () => {
    const hubDecider = createCaseDecider(configuration);
    fc.assert(
      fc.property(caseCommandSequence(), (commands) => {
        let state = hubDecider.initialState;
        commands.forEach((command, index) => {
          const viaRecord = decider.decide(councilRecordFor(command, index + 1, configuration), state);
          const direct = hubDecider.decide(command, state);
          if (namesUnknownDistrict(command)) {
            // The council's system cannot even name a district it does not have: the adapter refuses before the rules do.
            expect(viaRecord).toMatchObject({ _tag: 'Left', left: { code: 'record-not-understood' } });
            return;
          }
          expect(viaRecord).toEqual(direct);
          if (direct._tag === 'Right') state = direct.right.reduce(hubDecider.evolve, state);
        });
      }),
      { numRuns: 100 },
    );
  });
});
