import type { ExpectedRevision } from '@send-hub/event-store';

/**
 * Checks of what callers pass in. TypeScript already demands these shapes, so a
 * failure is a caller's bug (often data cast from JSON): it throws a `TypeError`
 * that names the argument and shows what it was.
 */

const show = (value: unknown): string =>
  typeof value === 'bigint' ? `${value.toString()}n` : (JSON.stringify(value) ?? String(value));

const fail = (what: string, value: unknown): never => {
  throw new TypeError(`${what}, but was ${show(value)}.`);
};

export const checkExpectedRevision = (expected: unknown): ExpectedRevision =>
  expected === 'any' || expected === 'no_stream' || expected === 'stream_exists' || (typeof expected === 'bigint' && expected >= 0n)
    ? expected
    : fail('The expected revision must be "any", "no_stream", "stream_exists" or a bigint revision of at least 0n', expected);

export const checkEventList = (streamId: string, events: unknown): ReadonlyArray<unknown> =>
  Array.isArray(events) ? events : fail(`The append to "${streamId}" needs a list of events`, events);

/** A revision or position given as a starting point. */
export const checkStartingPoint = (name: string, value: unknown): bigint =>
  typeof value === 'bigint' && value >= 0n ? value : fail(`"${name}" must be a bigint of at least 0n`, value);

/** A `maxCount`; absent means no limit. */
export const checkLimit = (value: unknown): number =>
  value === undefined
    ? Number.POSITIVE_INFINITY
    : typeof value === 'number' && Number.isSafeInteger(value) && value >= 0
      ? value
      : fail('"maxCount" must be a whole number of at least 0', value);

export const checkStreamPrefix = (value: unknown): string | undefined =>
  value === undefined || typeof value === 'string' ? value : fail('"streamPrefix" must be text', value);
