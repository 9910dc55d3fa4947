import { InvalidEventError } from './errors';
import type { MetadataChoice } from './event-store';
import type { ExpectedRevision } from './expected-revision';

/**
 * Checks of what callers pass to a store. TypeScript already demands these
 * shapes, so a failure is a caller's bug (JavaScript, or data cast from JSON): it
 * throws, naming the argument and what it was, rather than storing or reading
 * nonsense. Here in the port so that every adapter refuses the same things in the
 * same words.
 */

const shown = (value: unknown): string =>
  typeof value === 'bigint' ? `${value.toString()}n` : (JSON.stringify(value) ?? String(value));

const refuse = (requirement: string, value: unknown): never => {
  throw new TypeError(`${requirement}, but was ${shown(value)}.`);
};

export const checkStreamId = (streamId: unknown): string => {
  if (typeof streamId === 'string' && streamId.length > 0) return streamId;
  throw new InvalidEventError(`A stream id must be non-empty text, but was ${shown(streamId)}.`);
};

export const checkExpectedRevision = (expected: unknown): ExpectedRevision =>
  expected === 'any' || expected === 'no_stream' || expected === 'stream_exists' || (typeof expected === 'bigint' && expected >= 0n)
    ? expected
    : refuse('The expected revision must be "any", "no_stream", "stream_exists" or a bigint of at least 0n', expected);

/** A revision or position to start from. */
export const checkStart = (name: string, value: unknown): bigint =>
  typeof value === 'bigint' && value >= 0n ? value : refuse(`"${name}" must be a bigint of at least 0n`, value);

/** A `maxCount`; absent means no limit. */
export const checkMaxCount = (value: unknown): number =>
  value === undefined
    ? Number.POSITIVE_INFINITY
    : typeof value === 'number' && Number.isSafeInteger(value) && value >= 0
      ? value
      : refuse('"maxCount" must be a whole number of at least 0', value);

export const checkStreamPrefix = (value: unknown): string | undefined =>
  value === undefined || typeof value === 'string' ? value : refuse('"streamPrefix" must be text', value);

/** `metadata` of a whole-history read; absent means `read`. */
export const checkMetadataChoice = (value: unknown): MetadataChoice =>
  value === undefined || value === 'read' ? 'read' : value === 'skip' ? value : refuse('"metadata" must be "read" or "skip"', value);
