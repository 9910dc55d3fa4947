import type { OfficerWorkload, PlannedCommand } from './county-commands';

/** What one load run did, answer by answer, and how long each answer took. */
export interface LoadOutcome {
  readonly answered: number;
  readonly seconds: number;
  /** Recorded, and the read models include it (over HTTP: 201). */
  readonly recorded: number;
  /** Recorded (durable), but the read models had not caught up within the service's wait (over HTTP: 202). */
  readonly recordedBeforeReadModels: number;
  /** Refused by the rule the plan expected, for the commands planned to be refused (over HTTP: 409 rule-refused with its code). */
  readonly refusalsMeant: number;
  readonly refusalsPlanned: number;
  /** Every other answer, in words: the command's type and case, and the status or failure (never a personal value). */
  readonly unexpected: ReadonlyArray<string>;
  /** Connection errors and timeouts (HTTP only, as autocannon counts them). */
  readonly connectionErrors: number;
  /** Events the answers said were written, and the highest global position they named. */
  readonly eventsWritten: number;
  readonly highestPosition: bigint | undefined;
  readonly medianMs: number;
  readonly p99Ms: number;
}

/** Counts answers against the plan as they arrive. */
export class AnswerTally {
  recorded = 0;
  recordedBeforeReadModels = 0;
  refusalsMeant = 0;
  eventsWritten = 0;
  highestPosition: bigint | undefined;
  readonly unexpected: string[] = [];

  /** The command was recorded with `events` events, the last at `position`; `readModelsInclude` false when they had not caught up in time. */
  wasRecorded(planned: PlannedCommand, events: number, position: bigint | undefined, readModelsInclude: boolean): void {
    if (planned.expect !== 'recorded') return this.other(planned, 'recorded');
    if (readModelsInclude) this.recorded += 1;
    else this.recordedBeforeReadModels += 1;
    this.eventsWritten += events;
    if (position === undefined) return;
    if (this.highestPosition === undefined || position > this.highestPosition) this.highestPosition = position;
  }

  /** A rule of the hub refused the command with `code`. */
  wasRefused(planned: PlannedCommand, code: string): void {
    if (planned.expect === code) this.refusalsMeant += 1;
    else this.other(planned, `refused: ${code}`);
  }

  other(planned: PlannedCommand, answer: string): void {
    this.unexpected.push(`${planned.command.type} of case ${planned.command.caseId} (expected ${planned.expect}): ${answer}`);
  }

  /** The run's outcome: these answers, with what was sent and what was timed. */
  outcome(run: { readonly workloads: ReadonlyArray<OfficerWorkload>; readonly answered: number; readonly seconds: number; readonly connectionErrors: number; readonly medianMs: number; readonly p99Ms: number }): LoadOutcome {
    const { workloads, ...measured } = run;
    return {
      ...measured,
      recorded: this.recorded,
      recordedBeforeReadModels: this.recordedBeforeReadModels,
      refusalsMeant: this.refusalsMeant,
      refusalsPlanned: workloads.reduce((total, workload) => total + workload.commands.filter((planned) => planned.expect !== 'recorded').length, 0),
      unexpected: this.unexpected,
      eventsWritten: this.eventsWritten,
      highestPosition: this.highestPosition,
    };
  }
}

/**
 * What is wrong with a load run, in words; empty when every command was answered as the plan
 * expected. `after` is where the store ended before the run (0n for a new store): every
 * position after it, up to the highest the answers name, must be an event an answer named.
 * (A referral also writes its child's stream, earlier and not next to its case's events,
 * so the run's first position cannot be told from the answers alone.)
 */
export const loadProblems = (outcome: LoadOutcome, sent: number, after = 0n): string[] => {
  const problems: string[] = [];
  if (outcome.answered !== sent) problems.push(`${outcome.answered} of the ${sent} commands were answered`);
  if (outcome.connectionErrors > 0) problems.push(`${outcome.connectionErrors} connection errors or timeouts`);
  if (outcome.unexpected.length > 0) problems.push(`${outcome.unexpected.length} answers the plan did not expect, the first: ${outcome.unexpected.slice(0, 3).join('; ')}`);
  if (outcome.refusalsMeant !== outcome.refusalsPlanned) problems.push(`${outcome.refusalsMeant} of the ${outcome.refusalsPlanned} planned refusals came back as planned`);
  if (outcome.recorded + outcome.recordedBeforeReadModels + outcome.refusalsMeant !== sent) problems.push('the recorded commands and refusals do not add up to the commands sent');
  const span = outcome.highestPosition === undefined ? 0n : outcome.highestPosition - after;
  if (span !== BigInt(outcome.eventsWritten)) problems.push(`the answers name ${outcome.eventsWritten} events written, but positions over a span of ${span.toString()}`);
  return problems;
};

/** The share-th latency of `latencies` (0.5 the median), in milliseconds. */
export const percentileOf = (latencies: ReadonlyArray<number>, share: number): number => {
  const sorted = [...latencies].sort((left, right) => left - right);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))] ?? Number.NaN;
};
