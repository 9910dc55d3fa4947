import {
  academicYearOf,
  type ActionOutcome,
  type AgreedAction,
  type CaseId,
  type ConsentForm,
  type LMGOutcome,
  type ReferralDetails,
  type ReviewConclusion,
} from '@send-hub/core';
import * as fc from 'fast-check';
import { plainRecord } from './plain-record';
import { calendarDate } from './academic-time';
import { agreedAction, lmgReason, lmgRecommendationList } from './case-commands';
import { actionId, caseId, schoolUrn } from './identifiers';
import { referralDetails } from './referral-details';
import { actionOutcome, consentForm, lmgOutcome, reviewConclusion } from './reference-data';
import type { CaseJourneyOptions } from './case-journey-options';

/*
 * A journey is generated as a plan of choices (how long each wait is, what each
 * review concludes, whether consent is withdrawn for a while), and the commands are
 * worked out from the plan. Plans are plain data, so fast-check shrinks a failing
 * journey to a short, readable one.
 */

/** Consent withdrawn for a while, then given again. */
export interface ConsentBreak {
  readonly withdrawAfterDays: number;
  readonly consentAgainAfterDays: number;
  readonly form: ConsentForm;
}

/** The child moving school or district within the open case. */
export interface MovePlan {
  readonly afterDays: number;
  /** To a school in another district (otherwise another school in the same district). */
  readonly toAnotherDistrict: boolean;
  /** Which other district, counted round the configuration's list from the case's own. */
  readonly districtChoice: number;
  readonly school: string;
}

/** What the Locality Management Group does with a case escalated to it. */
export interface GroupPlan {
  /** Whether the group reaches the case at all in the journey (otherwise it is left waiting on the group). */
  readonly discussed: boolean;
  /** How many of the group's meetings later (0: the meeting of the escalation's own period). */
  readonly meetingsAfterEscalation: number;
  readonly dayOfMeeting: number;
  /** Kept for another discussion at the group's next meeting first. */
  readonly discussAgainFirst: boolean;
  /** The outcome that decides: back to the hub, or one that ends the hub's work. */
  readonly outcome: Exclude<LMGOutcome, 'discuss-again'>;
  readonly reason: string;
  readonly recommendations: ReadonlyArray<string>;
  /** The day of the next hub meeting's half term the hub discusses a case sent back. */
  readonly dayOfHubTerm: number;
  /** A move while the case waits on the group: the new district's group takes it up. */
  readonly moveWhileWaiting: MovePlan | null;
}

/** One round of the hub's cycle: agree actions at a meeting, review them at a later one. */
export interface ReviewCyclePlan {
  /** Actions without their ids: ids are handed out from the journey's pool so none repeats. */
  readonly actions: ReadonlyArray<Omit<AgreedAction, 'actionId'>>;
  /** Agree the actions in two commands at the same meeting (a second thought in the same meeting). */
  readonly splitAgreement: boolean;
  readonly consentBreak: ConsentBreak | null;
  /** A move while the actions are open: the hub the case moves to reviews them. */
  readonly move: MovePlan | null;
  /** How many half terms after the agreeing meeting the review meeting is (1 is "the next meeting"). */
  readonly halfTermsToReview: number;
  readonly dayOfReviewTerm: number;
  readonly outcomes: ReadonlyArray<ActionOutcome>;
  readonly conclusion: ReviewConclusion;
  /** After a "not working" review: take the case to the Locality Management Group. */
  readonly escalate: boolean;
  readonly escalateAfterDays: number;
  readonly group: GroupPlan;
}

export interface CaseJourneyPlan {
  readonly caseId: CaseId;
  readonly referredOn: string;
  readonly referral: ReferralDetails;
  readonly actionIds: ReadonlyArray<string>;
  /** How far the journey goes: 0 referred (with consent), 1 views heard after, 2 discussed, 3 review cycles. `consent.afterDays` is how long before the referral consent was given, and how long after it the views were heard. */
  readonly reach: 0 | 1 | 2 | 3;
  readonly consent: { readonly afterDays: number; readonly form: ConsentForm; readonly youngPersonLacksCapacity: boolean };
  readonly discussion: { readonly consentBreak: ConsentBreak | null; readonly halfTermsAfterConsent: number; readonly dayOfTerm: number };
  readonly cycles: ReadonlyArray<ReviewCyclePlan>;
  readonly ending: { readonly close: boolean; readonly afterDays: number; readonly withdrawConsentFirst: boolean; readonly reason: 'left-the-area' | 'other' };
}

export const maximumActionsPerCycle = 3;

const consentBreak = (): fc.Arbitrary<ConsentBreak | null> =>
  fc.oneof(
    { weight: 5, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: plainRecord({ withdrawAfterDays: fc.nat({ max: 30 }), consentAgainAfterDays: fc.nat({ max: 40 }), form: consentForm() }) },
  );

/** Now and then (one time in four) a move, mostly of school within the district and sometimes to another district. */
const movePlan = (): fc.Arbitrary<MovePlan | null> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constant(null) },
    {
      weight: 1,
      arbitrary: plainRecord({ afterDays: fc.nat({ max: 40 }), toAnotherDistrict: fc.boolean(), districtChoice: fc.nat({ max: 20 }), school: schoolUrn() }),
    },
  );

const reviewCyclePlan = (): fc.Arbitrary<ReviewCyclePlan> =>
  plainRecord({
    actions: fc.array(agreedAction().map(({ actionId: _unused, ...action }) => action), { minLength: 1, maxLength: maximumActionsPerCycle }),
    splitAgreement: fc.boolean(),
    consentBreak: consentBreak(),
    move: movePlan(),
    halfTermsToReview: fc.oneof({ weight: 5, arbitrary: fc.constant(1) }, { weight: 1, arbitrary: fc.constant(2) }),
    dayOfReviewTerm: fc.nat({ max: 30 }),
    outcomes: fc.array(actionOutcome(), { minLength: maximumActionsPerCycle, maxLength: maximumActionsPerCycle }),
    conclusion: reviewConclusion(),
    escalate: fc.boolean(),
    escalateAfterDays: fc.nat({ max: 20 }),
    group: plainRecord({
      discussed: fc.nat({ max: 4 }).map((choice) => choice > 0),
      meetingsAfterEscalation: fc.nat({ max: 1 }),
      dayOfMeeting: fc.nat({ max: 30 }),
      discussAgainFirst: fc.nat({ max: 4 }).map((choice) => choice === 0),
      // Back to the hub half the time, so journeys go round the hub's cycle again.
      outcome: fc.oneof(
        { weight: 3, arbitrary: fc.constant('back-to-hub' as const) },
        { weight: 3, arbitrary: lmgOutcome().filter((outcome): outcome is Exclude<LMGOutcome, 'discuss-again'> => outcome !== 'discuss-again') },
      ),
      reason: lmgReason(),
      recommendations: lmgRecommendationList(),
      dayOfHubTerm: fc.nat({ max: 30 }),
      moveWhileWaiting: movePlan(),
    }),
  });

export const caseJourneyPlan = (options: CaseJourneyOptions): fc.Arbitrary<CaseJourneyPlan> => {
  const minimumCycles = options.minReviewCycles ?? 0;
  const maximumCycles = Math.max(minimumCycles, options.maxReviewCycles ?? 3);
  return fc
    .record({
      caseId: options.caseId === undefined ? caseId() : fc.constant(options.caseId),
      referredOn: calendarDate(options.referredBetween ?? { from: '2023-09-01', to: '2026-08-31' }),
    })
    .chain(({ caseId: id, referredOn }) =>
      plainRecord({
        caseId: fc.constant(id),
        referredOn: fc.constant(referredOn),
        referral: referralDetails({
          ...options,
          academicYear: academicYearOf(referredOn),
        }),
        actionIds: fc.uniqueArray(actionId(), { minLength: maximumCycles * maximumActionsPerCycle, maxLength: maximumCycles * maximumActionsPerCycle }),
        reach: minimumCycles > 0 ? fc.constant(3 as const) : fc.constantFrom<CaseJourneyPlan['reach']>(3, 3, 3, 3, 2, 1, 0),
        consent: plainRecord({ afterDays: fc.nat({ max: 30 }), form: consentForm(), youngPersonLacksCapacity: fc.boolean() }),
        discussion: plainRecord({ consentBreak: consentBreak(), halfTermsAfterConsent: fc.nat({ max: 1 }), dayOfTerm: fc.nat({ max: 30 }) }),
        cycles: fc.array(reviewCyclePlan(), { minLength: minimumCycles, maxLength: maximumCycles }),
        ending: plainRecord({
          close: fc.boolean(),
          afterDays: fc.nat({ max: 60 }),
          withdrawConsentFirst: fc.nat({ max: 3 }).map((choice) => choice === 3),
          reason: fc.constantFrom('left-the-area' as const, 'other' as const),
        }),
      }),
    );
};
