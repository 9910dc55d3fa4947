import { addDays, daysBetween, type CalendarDate, type DistrictId, type HalfTermCalendar } from '@send-hub/core';
import type { AccessActor } from '@send-hub/access';
import type { SeededRandom } from '../random/seeded-random';
import type { CommandSchedule } from '../recording/command-schedule';
import type { ReReferralBook } from './re-referral-book';

/** What every step of a journey in one district needs: where to put its commands, and who records them. */
export interface JourneyContext {
  readonly district: DistrictId;
  readonly calendar: HalfTermCalendar;
  readonly schedule: CommandSchedule;
  readonly reReferrals: ReReferralBook;
  /** Types in referrals, consent and closures. */
  readonly administrator: AccessActor;
  /** Records meetings, discussions, actions, reviews and escalations. */
  readonly officer: AccessActor;
  /** Chairs the district's Locality Management Group: records its meetings and its discussion of each case. */
  readonly groupChair: AccessActor;
  /** A member of the group, who records the themes it sees across cases. */
  readonly groupMember: AccessActor;
}

/** A day from `from` to `to`, both included, any one as likely as another. */
export const dayBetween = (random: SeededRandom, from: CalendarDate, to: CalendarDate): CalendarDate =>
  addDays(from, random.integer(0, Math.max(0, daysBetween(from, to))));

/** A day `range.minimum` to `range.maximum` days after `date`. */
export const daysAfter = (random: SeededRandom, date: CalendarDate, range: { readonly minimum: number; readonly maximum: number }): CalendarDate =>
  addDays(date, random.integer(range.minimum, range.maximum));
