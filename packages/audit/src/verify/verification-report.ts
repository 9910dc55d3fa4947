import type { SealingSummary } from './seal-check';
import type { VerificationProblem } from './verification-problems';

export interface VerificationReport {
  /** True when no problem of any kind was found. */
  readonly verified: boolean;
  readonly eventsVerified: number;
  readonly streamsVerified: number;
  /** The running hash over every event in global order: the value a council publishes. */
  readonly headHash: string;
  /** Global position the head hash stands for; undefined for an empty store. */
  readonly headPosition: bigint | undefined;
  readonly problemCount: number;
  readonly problemsByCode: Readonly<Record<string, number>>;
  /** Events today's rules would refuse, counted by the rule's rejection code. */
  readonly ruleBreaches: Readonly<Record<string, number>>;
  /** The problems in the order found, up to the listing limit. */
  readonly problems: ReadonlyArray<VerificationProblem>;
  readonly problemsNotListed: number;
  /** How the seals were checked; undefined when the verifier was given no sealing key. */
  readonly sealing?: SealingSummary;
}
