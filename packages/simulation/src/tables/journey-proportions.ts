import type { ActionOutcome, ClosureReason, ConsentForm, LMGOutcome } from '@send-hub/core';
import type { WeightTable } from '../random/seeded-random';

/*
 * How journeys unfold. No national statistics describe hub journeys, so these are the
 * simulation's assumptions, chosen to give a board something to monitor: most children
 * are discussed at the first meeting after consent, most actions help at least partly,
 * one review in five or so concludes "not working", and a few children come back.
 */

/** Days from consent to referral: the school usually refers within two weeks of the family agreeing; sometimes a month or more. */
export const consentDelayDayWeights: WeightTable<number> = [
  [0, 6], [1, 8], [2, 9], [3, 8], [4, 7], [5, 6], [6, 5], [7, 5], [8, 4], [10, 5], [12, 4],
  [14, 4], [17, 3], [21, 3], [25, 2], [30, 2], [35, 1.5], [42, 1],
];

/** How often a referral comes with the child's own views, and with the family's (the rest are heard at the first discussion, or not at all). */
export const childViewsAtReferralProbability = 0.45;
export const familyViewsAtReferralProbability = 0.75;
/** How often a child whose views were not heard with the referral is heard at the first discussion. */
export const childViewsAtDiscussionProbability = 0.5;

export const consentFormWeights: WeightTable<ConsentForm> = [
  ['written', 70],
  ['verbal', 30],
];

/** Young people past compulsory school age who lack capacity to decide, so a parent or carer does. */
export const youngPersonLacksCapacityProbability = 0.06;

/** Consent must be on file a few days before a meeting for the case to make its agenda. */
export const agendaDeadlineDays = 3;

/** Actions agreed at a discussion or after a review. */
export const actionCountWeights: WeightTable<number> = [
  [1, 30],
  [2, 45],
  [3, 25],
];

/** A review is sometimes put off to the meeting after (the agenda was too full, or the owner was away). */
export const reviewDeferredProbability = 0.06;

/**
 * An action's outcome depends on how well the child responds (0 to 1, drawn per child):
 * `worked` rises with it, `did-not-work` falls; `not-done` stays small.
 */
export const actionOutcomeWeights = (responsiveness: number): WeightTable<ActionOutcome> => [
  ['worked', 22 + 48 * responsiveness],
  ['partly-worked', 30],
  ['did-not-work', 30 - 26 * responsiveness],
  ['not-done', 9],
];

/** How much a child's responsiveness grows after each review: the hub learns what helps. */
export const responsivenessGainPerCycle = 0.12;

/** Review conclusions from the outcomes' average score (worked 1, partly 0.5, not done 0.3, did not work 0). */
export const outcomeScores: Readonly<Record<ActionOutcome, number>> = { worked: 1, 'partly-worked': 0.5, 'not-done': 0.3, 'did-not-work': 0 };
export const needsMetFromScore = 0.75;
export const notWorkingUpToScore = 0.3;
/** From this many reviews on, the hub stops continuing: the needs are met, or the case is not working. */
export const reviewsBeforeDecision = 3;
/** A review's conclusion is sometimes a judgement the scores alone would not give. */
export const conclusionJudgementProbability = 0.1;

/** After "needs met": usually closed at the meeting; sometimes a few weeks later, once the school confirms. */
export const closeNeedsMetLaterProbability = 0.15;
export const closeNeedsMetLaterDays = { minimum: 7, maximum: 35 };

/** After "not working": usually taken to the Locality Management Group; otherwise new actions are tried. */
export const escalateWhenNotWorkingProbability = 0.7;
export const escalateAfterDays = { minimum: 2, maximum: 15 };

/** What the Locality Management Group decides for a case it discusses. */
export const lmgOutcomeWeights: WeightTable<LMGOutcome> = [
  ['back-to-hub', 38],
  ['needs-assessment-requested', 22],
  ['specialist-outreach', 14],
  ['specialist-provision', 6],
  ['referred-to-another-service', 10],
  ['closed', 4],
  ['discuss-again', 6],
];
/** The group meets about three weeks after the district's hub meeting, in the same half term. */
export const lmgMeetingAfterHubMeetingDays = 21;
/** Each group meeting: cancelled (its cases wait for the next). */
export const lmgMeetingCancelledProbability = 0.04;
/** Each group meeting held: the themes it records for the district's planning. */
export const lmgThemesPerMeeting = { minimum: 1, maximum: 2 };

/** Each half term, for each open case with consent: the family withdraws consent. */
export const withdrawalProbabilityPerHalfTerm = 0.025;
/** After a withdrawal: most cases are closed; some families give consent again. */
export const consentAgainAfterWithdrawalProbability = 0.25;
export const consentAgainAfterDays = { minimum: 7, maximum: 35 };
export const closeAfterWithdrawalDays = { minimum: 2, maximum: 21 };

/** Each half term, for each open case: the family moves away. */
export const leftTheAreaProbabilityPerHalfTerm = 0.012;

/**
 * Each half term, for each open case with consent: the child moves school or district and the
 * case goes with them (about 4 in 100 open cases a year). Most moves are to another school in the
 * same district; some follow a family's move to another district of the county.
 */
export const moveProbabilityPerHalfTerm = 0.007;
export const moveToAnotherDistrictShare = 0.4;
/** A move falls after the half term's meetings, up to the end of the week's break after its last school day. */
export const moveWindowAfterHalfTermDays = 7;

/** Children referred again after their case closed, by the reason it closed. */
export const reReferralProbabilityByClosure: Readonly<Record<ClosureReason, number>> = {
  'needs-met': 0.12,
  'consent-withdrawn': 0.1,
  other: 0.12,
  'passed-to-locality-management-group': 0.06,
  'left-the-area': 0,
};
/** How many half terms after the closing one a child is referred again. */
export const reReferralAfterHalfTerms = { minimum: 2, maximum: 5 };

/** At a re-referral: a child on SEN support may have an EHC plan by now; a child with none may be on SEN support. */
export const provisionStepUpProbability: Readonly<Record<'K' | 'N', number>> = { K: 0.2, N: 0.5 };
/** At a re-referral: the school names the same primary need. */
export const samePrimaryNeedProbability = 0.7;

/** Each meeting: cancelled (its cases wait for the next). */
export const meetingCancelledProbability = 0.03;
