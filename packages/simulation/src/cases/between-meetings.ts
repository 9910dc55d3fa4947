import { addDays, type CalendarDate } from '@send-hub/core';
import { laterOf } from '../calendar/calendar-arithmetic';
import { recordingTime } from '../recording/recording-times';
import {
  closeAfterWithdrawalDays,
  consentAgainAfterDays,
  consentAgainAfterWithdrawalProbability,
  leftTheAreaProbabilityPerHalfTerm,
  withdrawalProbabilityPerHalfTerm,
} from '../tables/journey-proportions';
import { closeCase } from './case-closure';
import { recordConsent } from './case-intake';
import { dayBetween, daysAfter, type JourneyContext } from './journey-context';
import type { SimulatedCase } from './simulated-case';

/**
 * What may happen to an open case between this half term's meeting and the end of the
 * half term: the family withdraws consent (and the case is closed, or consent is given
 * again some weeks later), or the family moves away. Dated after the meeting, so nothing
 * here can clash with what a meeting decides.
 */
export const planBetweenMeetings = (simulated: SimulatedCase, context: JourneyContext, meetingDay: CalendarDate, lastSchoolDay: CalendarDate): void => {
  if (simulated.stage === 'closed') return;
  const from = addDays(laterOf(simulated.lastDate, meetingDay), 1);
  if (from > lastSchoolDay) return;
  const { random } = simulated;
  if (simulated.consentOn !== undefined && simulated.consentOn < from && random.chance(withdrawalProbabilityPerHalfTerm)) {
    const withdrawnOn = dayBetween(random, from, lastSchoolDay);
    context.schedule.forCase(
      simulated,
      { type: 'WithdrawConsent', caseId: simulated.caseId, occurredOn: withdrawnOn, withdrawnBy: simulated.consentGiver },
      context.administrator,
      recordingTime(random, withdrawnOn, 'withdrawal'),
    );
    simulated.consentOn = undefined;
    if (random.chance(consentAgainAfterWithdrawalProbability)) recordConsent(simulated, context, daysAfter(random, withdrawnOn, consentAgainAfterDays));
    else {
      const closedOn = daysAfter(random, withdrawnOn, closeAfterWithdrawalDays);
      closeCase(simulated, context, closedOn, 'consent-withdrawn', recordingTime(random, closedOn, 'closure'));
    }
    return;
  }
  if (random.chance(leftTheAreaProbabilityPerHalfTerm)) {
    const leftOn = dayBetween(random, from, lastSchoolDay);
    closeCase(simulated, context, leftOn, 'left-the-area', recordingTime(random, leftOn, 'closure'));
  }
};
