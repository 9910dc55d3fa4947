import { actionOutcomes, closureReasons, daysBetween, lmgOutcomes, reviewConclusions, type ActionOutcome, type ClosureReason, type LMGOutcome, type ReviewConclusion } from '@send-hub/core';
import { outcomeOrder, type BoardCase } from '../board-model';
import { ratio, type BoardPeriod, type Ratio } from './board-selection';
import { summariseDurations, type DurationSummary } from './durations';

export interface Volumes {
  readonly referrals: number;
  /** Each consent recorded (a case whose consent was withdrawn and given again counts twice). */
  readonly consents: number;
  readonly discussions: number;
  readonly reviews: number;
  readonly escalations: number;
  /** Discussions of cases by the Locality Management Group, each with an outcome. */
  readonly lmgDiscussions: number;
  readonly closures: number;
  /** Cases referred by the end of the period and not closed by then. */
  readonly openCases: number;
}

export interface Timeliness {
  /** From referral to the first consent, counted in the period of the consent. */
  readonly referralToConsent: DurationSummary;
  /** From the first consent to the first discussion, counted in the period of the discussion's meeting. */
  readonly consentToFirstDiscussion: DurationSummary;
}

export interface Effectiveness {
  readonly actionOutcomes: Readonly<Record<ActionOutcome, number>>;
  readonly reviewConclusions: Readonly<Record<ReviewConclusion, number>>;
  readonly closureReasons: Readonly<Record<ClosureReason, number>>;
  /** The Locality Management Group's outcomes, counted on the date of its discussion. */
  readonly lmgOutcomes: Readonly<Record<LMGOutcome, number>>;
  /** Cases closed with their needs met. */
  readonly needsMet: number;
  /** Escalations to the Locality Management Group per review held in the period. */
  readonly escalationRate: Ratio;
  /** Referrals of a child who had an earlier case. */
  readonly reReferrals: number;
}

export interface CaseFigures {
  readonly volumes: Volumes;
  readonly timeliness: Timeliness;
  readonly effectiveness: Effectiveness;
}

const zeroes = <Code extends string>(codes: ReadonlyArray<Code>): Record<Code, number> =>
  Object.fromEntries(codes.map((code) => [code, 0])) as Record<Code, number>;

/** The figures of a set of cases over a period: one pass, nothing kept but counts and durations. */
export const caseFigures = (cases: Iterable<BoardCase>, period: BoardPeriod): CaseFigures => {
  const volumes = { referrals: 0, consents: 0, discussions: 0, reviews: 0, escalations: 0, lmgDiscussions: 0, closures: 0, openCases: 0 };
  const outcomes = zeroes(actionOutcomes.codes);
  const conclusions = zeroes(reviewConclusions.codes);
  const closures = zeroes(closureReasons.codes);
  const groupOutcomes = zeroes(lmgOutcomes.codes);
  const toConsent: number[] = [];
  const toDiscussion: number[] = [];
  let reReferrals = 0;
  for (const counted of cases) {
    const referredTerm = period.termOfDate(counted.referredOn);
    if (period.containsTerm(referredTerm)) {
      volumes.referrals += 1;
      if (counted.reReferral) reReferrals += 1;
    }
    const closedTerm = counted.closure === null ? undefined : period.termOfDate(counted.closure.on);
    if (referredTerm <= period.last && (closedTerm === undefined || closedTerm > period.last)) volumes.openCases += 1;
    for (const consentOn of counted.consentsGivenOn) if (period.containsDate(consentOn)) volumes.consents += 1;
    const firstConsent = counted.consentsGivenOn[0];
    if (firstConsent !== undefined && period.containsDate(firstConsent)) toConsent.push(daysBetween(counted.referredOn, firstConsent));
    if (counted.firstDiscussion !== null && period.containsTerm(counted.firstDiscussion.term)) {
      volumes.discussions += 1;
      if (firstConsent !== undefined) toDiscussion.push(daysBetween(firstConsent, counted.firstDiscussion.on));
    }
    for (const review of counted.reviews) {
      if (!period.containsTerm(review.term)) continue;
      volumes.reviews += 1;
      conclusions[review.conclusion] += 1;
      review.outcomes.forEach((count, index) => (outcomes[outcomeOrder[index] ?? 'worked'] += count));
    }
    if (period.containsDate(counted.escalatedOn)) volumes.escalations += 1;
    for (const discussion of counted.lmgDiscussions) {
      if (!period.containsDate(discussion.on)) continue;
      volumes.lmgDiscussions += 1;
      groupOutcomes[discussion.outcome] += 1;
    }
    if (counted.closure !== null && closedTerm !== undefined && period.containsTerm(closedTerm)) {
      volumes.closures += 1;
      closures[counted.closure.reason] += 1;
    }
  }
  return {
    volumes,
    timeliness: { referralToConsent: summariseDurations(toConsent), consentToFirstDiscussion: summariseDurations(toDiscussion) },
    effectiveness: {
      actionOutcomes: outcomes,
      reviewConclusions: conclusions,
      closureReasons: closures,
      lmgOutcomes: groupOutcomes,
      needsMet: closures['needs-met'],
      escalationRate: ratio(volumes.escalations, volumes.reviews),
      reReferrals,
    },
  };
};
