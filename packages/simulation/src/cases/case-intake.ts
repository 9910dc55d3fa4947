import { addDays, isPastCompulsorySchoolAge, type CalendarDate, type CaseId, type ConsentGiver, type ReferralDetails } from '@send-hub/core';
import { weightedChoice, type SeededRandom } from '../random/seeded-random';
import { recordingTime } from '../recording/recording-times';
import {
  closeWithoutConsentAfterDays,
  consentDelayDayWeights,
  consentFormWeights,
  consentNeverGivenProbability,
  youngPersonLacksCapacityProbability,
} from '../tables/journey-proportions';
import { closeCase } from './case-closure';
import { daysAfter, type JourneyContext } from './journey-context';
import type { SimulatedCase } from './simulated-case';

const consentDelay = weightedChoice(consentDelayDayWeights);
export const consentForm = weightedChoice(consentFormWeights);

/** The consent command for this child, from the right person (the rules check it again). */
export const recordConsent = (simulated: SimulatedCase, context: JourneyContext, date: CalendarDate): void => {
  const { random } = simulated;
  context.schedule.forCase(
    simulated,
    {
      type: 'RecordConsent',
      caseId: simulated.caseId,
      occurredOn: date,
      givenBy: simulated.consentGiver,
      form: consentForm(random),
      ...(simulated.youngPersonLacksCapacity === undefined ? {} : { youngPersonLacksCapacity: simulated.youngPersonLacksCapacity }),
    },
    context.administrator,
    recordingTime(random, date, 'consent'),
  );
  simulated.consentOn = date;
};

/**
 * A referral arrives: the case opens, and its consent is planned (days or weeks later,
 * from the parent or carer, or from a young person past compulsory school age), or,
 * now and then, never comes, and the hub closes the case after some weeks.
 */
export const openCase = (context: JourneyContext, random: SeededRandom, caseId: CaseId, referral: ReferralDetails, referredOn: CalendarDate): SimulatedCase => {
  const postSixteen = isPastCompulsorySchoolAge(referral.yearGroup);
  const lacksCapacity = postSixteen ? random.chance(youngPersonLacksCapacityProbability) : undefined;
  const consentGiver: ConsentGiver = postSixteen && lacksCapacity !== true ? 'young-person' : 'parent-or-carer';
  const simulated: SimulatedCase = {
    caseId,
    referral,
    referredOn,
    random,
    consentGiver,
    youngPersonLacksCapacity: lacksCapacity,
    consentOn: undefined,
    stage: 'awaiting-discussion',
    escalatedOn: undefined,
    outstandingActionIds: [],
    actionsAgreedTerm: undefined,
    reviews: 0,
    responsiveness: random.fraction(),
    lastDate: referredOn,
    lastRecordedAt: 0,
  };
  context.schedule.forCase(simulated, { type: 'Refer', caseId, occurredOn: referredOn, referral }, context.administrator, recordingTime(random, referredOn, 'referral'));
  if (random.chance(consentNeverGivenProbability)) {
    const closedOn = daysAfter(random, referredOn, closeWithoutConsentAfterDays);
    closeCase(simulated, context, closedOn, 'other', recordingTime(random, closedOn, 'closure'));
  } else {
    recordConsent(simulated, context, addDays(referredOn, consentDelay(random)));
  }
  return simulated;
};
