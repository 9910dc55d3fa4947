import type { DurationSummary } from '../figures/durations';
import { defaultSuppressionThreshold, statisticalSymbols, type PublishedCount } from './publish-table';

/**
 * A percentage fit to publish: withheld when its numerator or denominator is,
 * not applicable ([z]) when the denominator is zero.
 */
export const publishPercentage = (part: PublishedCount, whole: PublishedCount): string => {
  if (part.kind === 'suppressed' || whole.kind === 'suppressed') return statisticalSymbols.confidential;
  if (whole.value === 0) return statisticalSymbols.notApplicable;
  return `${((part.value / whole.value) * 100).toFixed(1)}%`;
};

/**
 * A median or percentile wait fit to publish: not available ([x]) with no cases,
 * withheld when it summarises so few cases that it would describe individual children.
 */
export const publishDuration = (summary: DurationSummary, pick: 'medianDays' | 'percentile90Days', threshold = defaultSuppressionThreshold): string => {
  const days = summary[pick];
  if (summary.count === 0 || days === null) return statisticalSymbols.notAvailable;
  if (summary.count <= threshold) return statisticalSymbols.confidential;
  return `${days} days`;
};
