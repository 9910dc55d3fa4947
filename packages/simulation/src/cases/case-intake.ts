import {
  addDays,
  consentGiverOn,
  isOfConsentAge,
  yearGroupOn,
  type CalendarDate,
  type CaseId,
  type ConsentGiver,
  type HeardViews,
  type ReferralDetails,
} from '@send-hub/core';
import { weightedChoice, type SeededRandom } from '../random/seeded-random';
import { recordingTime } from '../recording/recording-times';
import {
  childViewsAtReferralProbability,
  consentDelayDayWeights,
  consentFormWeights,
  familyViewsAtReferralProbability,
  youngPersonLacksCapacityProbability,
} from '../tables/journey-proportions';
import { childViews, familyViews, waysChildViewsAreHeard } from '../tables/views-templates';
import type { JourneyContext } from './journey-context';
import type { SimulatedCase } from './simulated-case';

const consentDelay = weightedChoice(consentDelayDayWeights);
export const consentForm = weightedChoice(consentFormWeights);

/** Who consents on `date`, and whether the young person's capacity is a question on that day (the rules check both again). */
const consentOn = (referral: ReferralDetails, referredOn: CalendarDate, lacksCapacity: boolean | undefined, date: CalendarDate) => {
  const atReferral = { yearGroup: referral.yearGroup, referredOn };
  const ofAge = isOfConsentAge(yearGroupOn(atReferral, date), date);
  return {
    givenBy: consentGiverOn(atReferral, date, lacksCapacity === true),
    ...(ofAge && lacksCapacity !== undefined ? { youngPersonLacksCapacity: lacksCapacity } : {}),
  };
};

/** The consent command for this child, given again after a withdrawal, from the right person on that day. */
export const recordConsent = (simulated: SimulatedCase, context: JourneyContext, date: CalendarDate): void => {
  const { random } = simulated;
  context.schedule.forCase(
    simulated,
    {
      type: 'RecordConsent',
      caseId: simulated.caseId,
      occurredOn: date,
      form: consentForm(random),
      ...consentOn(simulated.referral, simulated.referredOn, simulated.youngPersonLacksCapacity, date),
    },
    context.administrator,
    recordingTime(random, date, 'consent'),
  );
  simulated.consentOn = date;
};

/** The views heard with a referral: the child's now and then, the family's more often; personal data, made up from templates. */
const viewsAtReferral = (random: SeededRandom): HeardViews[] => [
  ...(random.chance(childViewsAtReferralProbability) ? [{ whose: 'child-or-young-person' as const, how: random.pick(waysChildViewsAreHeard), views: random.pick(childViews) }] : []),
  ...(random.chance(familyViewsAtReferralProbability) ? [{ whose: 'family' as const, how: 'in-person' as const, views: random.pick(familyViews) }] : []),
];

/**
 * A referral arrives with the consent the school obtained (days or weeks before, from
 * the parent or carer, or from a young person at the end of Year 11 or older), and
 * often with the family's views, sometimes the child's: the case opens consented.
 */
export const openCase = (context: JourneyContext, random: SeededRandom, caseId: CaseId, referral: ReferralDetails, referredOn: CalendarDate): SimulatedCase => {
  const olderThanYear10 = ['Y11', 'Y12', 'Y13', 'Y14'].includes(referral.yearGroup);
  const lacksCapacity = olderThanYear10 ? random.chance(youngPersonLacksCapacityProbability) : undefined;
  const givenOn = addDays(referredOn, -consentDelay(random));
  const consent = { form: consentForm(random), givenOn, ...consentOn(referral, referredOn, lacksCapacity, givenOn) };
  const consentGiver: ConsentGiver = consent.givenBy;
  const views = viewsAtReferral(random);
  const simulated: SimulatedCase = {
    caseId,
    referral,
    referredOn,
    school: referral.school,
    random,
    consentGiver,
    youngPersonLacksCapacity: lacksCapacity,
    consentOn: referredOn,
    childViewsHeard: views.some((heard) => heard.whose === 'child-or-young-person'),
    stage: 'awaiting-discussion',
    escalatedOn: undefined,
    outstandingActionIds: [],
    actionsAgreedTerm: undefined,
    reviews: 0,
    responsiveness: random.fraction(),
    lastDate: referredOn,
    lastRecordedAt: 0,
  };
  context.schedule.forCase(
    simulated,
    { type: 'Refer', caseId, occurredOn: referredOn, referral, consent, ...(views.length === 0 ? {} : { views }) },
    context.administrator,
    recordingTime(random, referredOn, 'referral'),
  );
  return simulated;
};
