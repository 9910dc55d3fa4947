/**
 * How a dropped subscription is restored: up to `maxAttempts` tries in a row that
 * neither move forward nor get accepted, waiting longer before each. The defaults
 * ride out a server restart of about half a minute.
 */
export interface ResubscribePolicy {
  readonly maxAttempts: number;
  readonly firstDelayMilliseconds: number;
  readonly maxDelayMilliseconds: number;
}

export const defaultResubscribePolicy: ResubscribePolicy = {
  maxAttempts: 10,
  firstDelayMilliseconds: 200,
  maxDelayMilliseconds: 5_000,
};

/** The wait before attempt `attempt` (from 1): doubling from the first delay, capped. */
export const delayBeforeAttempt = (policy: ResubscribePolicy, attempt: number): number =>
  Math.min(policy.maxDelayMilliseconds, policy.firstDelayMilliseconds * 2 ** Math.max(0, attempt - 1));
