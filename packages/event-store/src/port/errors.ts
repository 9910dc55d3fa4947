import { describeExpectedRevision, type ExpectedRevision } from './expected-revision';

/** The one expected failure of an append: someone else wrote to the stream first. */
export interface ConcurrencyConflict {
  readonly _tag: 'ConcurrencyConflict';
  readonly code: 'concurrency-conflict';
  readonly streamId: string;
  readonly expected: ExpectedRevision;
  /** The stream's last revision when the append was refused; undefined when it does not exist. */
  readonly actual: bigint | undefined;
  readonly message: string;
}

export const concurrencyConflict = (
  streamId: string,
  expected: ExpectedRevision,
  actual: bigint | undefined,
): ConcurrencyConflict => ({
  _tag: 'ConcurrencyConflict',
  code: 'concurrency-conflict',
  streamId,
  expected,
  actual,
  message:
    `Someone else changed "${streamId}" at the same time: expected ${describeExpectedRevision(expected)}, ` +
    `but the stream is ${actual === undefined ? 'not there' : `at revision ${actual.toString()}`}. Load it again and retry.`,
});

/**
 * Broken infrastructure (file locked, disk full, read-only, server gone). Thrown, never
 * returned: the caller cannot fix it by changing the command. The message says what to do.
 */
export class StoreUnavailableError extends Error {
  constructor(
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'StoreUnavailableError';
  }
}

/** A payload or event the store was given that it cannot keep (for example, data that is not JSON). */
export class InvalidEventError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidEventError';
  }
}
