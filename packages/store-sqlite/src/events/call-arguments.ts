import { InvalidEventError, type ExpectedRevision, type NewEvent } from '@send-hub/event-store';

/**
 * Checks of what callers pass in. TypeScript already demands these shapes, so a
 * failure here is a caller's bug (often JavaScript, or data cast from JSON): it
 * throws, naming the argument and what it was.
 */

const shown = (value: unknown): string =>
  typeof value === 'bigint' ? `${value.toString()}n` : (JSON.stringify(value) ?? String(value));

export const requireStreamId = (streamId: unknown): string => {
  if (typeof streamId !== 'string' || streamId.length === 0) {
    throw new InvalidEventError(`A stream id must be non-empty text, but was ${shown(streamId)}.`);
  }
  return streamId;
};

export const requireEvents = (streamId: string, events: unknown): ReadonlyArray<NewEvent> => {
  if (!Array.isArray(events)) throw new InvalidEventError(`The append to "${streamId}" must be given a list of events.`);
  return events as ReadonlyArray<NewEvent>;
};

export const requireExpectedRevision = (expected: unknown): ExpectedRevision => {
  if (expected === 'any' || expected === 'no_stream' || expected === 'stream_exists') return expected;
  if (typeof expected === 'bigint' && expected >= 0n) return expected;
  throw new TypeError(
    `The expected revision must be "any", "no_stream", "stream_exists" or a bigint of at least 0n, but was ${shown(expected)}.`,
  );
};

export const requirePosition = (name: string, value: unknown): bigint => {
  if (typeof value !== 'bigint' || value < 0n) {
    throw new TypeError(`"${name}" must be a bigint of at least 0n, but was ${shown(value)}.`);
  }
  return value;
};

/** A `maxCount`: undefined means no limit. */
export const requireCount = (value: unknown): number => {
  if (value === undefined) return Number.POSITIVE_INFINITY;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new TypeError(`"maxCount" must be a whole number of at least 0, but was ${shown(value)}.`);
  }
  return value;
};

export const requirePrefix = (value: unknown): string | undefined => {
  if (value === undefined || typeof value === 'string') return value;
  throw new TypeError(`"streamPrefix" must be text, but was ${shown(value)}.`);
};
