/** How long something took across cases, in days: the count and the middle and 90th percentile values. */
export interface DurationSummary {
  readonly count: number;
  /** Null when there is nothing to summarise. */
  readonly medianDays: number | null;
  readonly percentile90Days: number | null;
}

/**
 * The nearest-rank percentile: the smallest value with at least `percent`% of values at or below it.
 * Always one of the observed durations, so a published figure is a real case's wait, never an average of two.
 */
export const nearestRank = (sorted: ReadonlyArray<number>, percent: number): number | null =>
  sorted.length === 0 ? null : (sorted[Math.max(0, Math.ceil((percent / 100) * sorted.length) - 1)] ?? null);

export const summariseDurations = (days: ReadonlyArray<number>): DurationSummary => {
  const sorted = [...days].sort((left, right) => left - right);
  return { count: sorted.length, medianDays: nearestRank(sorted, 50), percentile90Days: nearestRank(sorted, 90) };
};
