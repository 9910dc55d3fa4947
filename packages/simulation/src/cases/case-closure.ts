import { academicYearOf, halfTermOfDate, termOrdinal, type CalendarDate, type ClosureReason } from '@send-hub/core';
import { reReferralAfterHalfTerms, reReferralProbabilityByClosure } from '../tables/journey-proportions';
import type { JourneyContext } from './journey-context';
import type { SimulatedCase } from './simulated-case';

/** Closes the case on `date` and decides whether the child will be referred again, and when. */
export const closeCase = (simulated: SimulatedCase, context: JourneyContext, date: CalendarDate, reason: ClosureReason, recordedAt: number): void => {
  context.schedule.forCase(simulated, { type: 'Close', caseId: simulated.caseId, occurredOn: date, reason }, context.administrator, recordedAt);
  caseEnded(simulated, context, date, reason);
};

/** The case is closed on `date` (by a `Close`, or by the group's outcome): the child may be referred again later. */
export const caseEnded = (simulated: SimulatedCase, context: JourneyContext, date: CalendarDate, reason: ClosureReason): void => {
  simulated.stage = 'closed';
  simulated.outstandingActionIds = [];
  const { random } = simulated;
  if (!random.chance(reReferralProbabilityByClosure[reason])) return;
  const closedIn = termOrdinal(halfTermOfDate(context.calendar, date));
  context.reReferrals.add(closedIn + random.integer(reReferralAfterHalfTerms.minimum, reReferralAfterHalfTerms.maximum), context.district, {
    earlierCaseId: simulated.caseId,
    // A child who moved is referred again by the school they moved to (where it teaches their year),
    // in the district whose hub holds the case now: another district's hub, if they moved there.
    earlierReferral:
      simulated.referral.district === context.district && simulated.referral.school === simulated.school
        ? simulated.referral
        : { ...simulated.referral, district: context.district, school: simulated.school },
    earlierAcademicYear: academicYearOf(simulated.referredOn),
  });
};
