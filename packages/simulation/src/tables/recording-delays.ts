import type { WeightTable } from '../random/seeded-random';

/*
 * When things are recorded, as opposed to when they happened. Most facts are typed in on
 * the day; some wait for a busy officer, and a meeting's minutes are sometimes written up
 * days later. The late ones give the bitemporal audit ("as the hub knew it on ...")
 * something to show. Assumptions, not statistics.
 */

export type RecordingKind = 'referral' | 'consent' | 'withdrawal' | 'escalation' | 'closure' | 'review' | 'cancellation' | 'move';

/** How often a fact of each kind is recorded a day or more after it happened. */
export const lateRecordingProbability: Readonly<Record<RecordingKind, number>> = {
  referral: 0.03,
  consent: 0.06,
  withdrawal: 0.05,
  escalation: 0.1,
  closure: 0.08,
  review: 0.04,
  cancellation: 0.05,
  move: 0.08,
};

/** How often a meeting's minutes (the meeting and every case decision at it) are written up late. */
export const lateMinutesProbability = 0.07;

/** How late, in days, a late recording is. */
export const lateByDayWeights: WeightTable<number> = [
  [1, 30], [2, 20], [3, 14], [4, 8], [5, 8], [7, 8], [10, 5], [14, 4], [21, 3],
];

/** Office hours, in minutes after midnight (UTC), when facts of the day are typed in. */
export const officeHours = { from: 8 * 60 + 30, to: 17 * 60 };

/** When a meeting's minutes start being recorded on the day (after a morning or early-afternoon meeting). */
export const minutesStartAt = 15 * 60 + 30;
