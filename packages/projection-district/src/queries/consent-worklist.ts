import { daysBetween, type CalendarDate } from '@send-hub/core';
import type { DistrictModel } from '../district-model';
import { summariseCase, type CaseSummary } from './case-summary';

export interface ConsentWorklistOptions {
  /** The date the worklist is for (a business date, passed in: queries read no clock). */
  readonly asOf: CalendarDate;
  /** List referrals waiting at least this many days; default `defaultConsentWaitDays`. */
  readonly waitingAtLeastDays?: number;
}

export const defaultConsentWaitDays = 14;

export interface ConsentWorkItem extends CaseSummary {
  readonly daysWaiting: number;
  readonly reason: string;
}

/** Referrals still without consent after the given number of days, the longest waiting first. */
export const consentWorklist = (model: DistrictModel, district: string, options: ConsentWorklistOptions): ReadonlyArray<ConsentWorkItem> => {
  const threshold = options.waitingAtLeastDays ?? defaultConsentWaitDays;
  const items: ConsentWorkItem[] = [];
  for (const tracked of model.cases.values()) {
    if (tracked.district !== district || tracked.consent !== 'awaited' || tracked.referredOn > options.asOf) continue;
    const daysWaiting = daysBetween(tracked.referredOn, options.asOf);
    if (daysWaiting >= threshold) {
      items.push({ ...summariseCase(tracked), daysWaiting, reason: `Referred ${daysWaiting} day${daysWaiting === 1 ? '' : 's'} ago; no consent recorded yet.` });
    }
  }
  return items.sort((left, right) => right.daysWaiting - left.daysWaiting || left.caseId.localeCompare(right.caseId));
};
