import type { LogRecord } from './transaction-log';

/** The expected version an append carries, as the protocol's options say it. */
export type ExpectedVersion =
  | { readonly kind: 'any' }
  | { readonly kind: 'no_stream' }
  | { readonly kind: 'stream_exists' }
  | { readonly kind: 'revision'; readonly revision: bigint };

/** The numbers EventStoreDB uses inside for the expectations that are not a revision. */
const anyVersion = -2n;
const noStreamVersion = -1n;
const streamExistsVersion = -4n;

const versionNumber = (expected: ExpectedVersion): bigint =>
  expected.kind === 'revision'
    ? expected.revision
    : expected.kind === 'any'
      ? anyVersion
      : expected.kind === 'no_stream'
        ? noStreamVersion
        : streamExistsVersion;

/**
 * Whether a stream at `current` (undefined: no events) accepts a write expecting
 * `expected`, in the server's own terms: the stream's version is its last revision,
 * -1 when it has none, and an expectation other than "any" or "stream exists" must
 * equal it.
 */
export const checkExpectedVersion = (expected: ExpectedVersion, current: bigint | undefined): boolean => {
  const version = current ?? noStreamVersion;
  const wanted = versionNumber(expected);
  if (wanted === anyVersion) return true;
  if (wanted === streamExistsVersion) return version >= 0n;
  return version === wanted;
};

const sameIds = (records: ReadonlyArray<LogRecord>, ids: ReadonlyArray<string>): boolean =>
  records.length === ids.length && records.every((record, index) => record.id === ids[index]);

/**
 * The records a retried append already wrote, or undefined when it is not a retry.
 * As EventStoreDB does: with an exact expectation, the events after the expected
 * revision must carry the same ids in the same order; with `any` (or
 * `stream_exists`), the run of records starting at the first event's id must.
 * A partial match is no retry, and the expectation decides.
 */
export const alreadyWritten = (
  stream: ReadonlyArray<LogRecord>,
  expected: ExpectedVersion,
  ids: ReadonlyArray<string>,
): ReadonlyArray<LogRecord> | undefined => {
  if (ids.length === 0) return undefined;
  const from =
    expected.kind === 'no_stream'
      ? 0
      : expected.kind === 'revision'
        ? Number(expected.revision) + 1
        : stream.findIndex((record) => record.id === ids[0]);
  if (from < 0 || from >= stream.length) return undefined;
  const candidates = stream.slice(from, from + ids.length);
  return sameIds(candidates, ids) ? candidates : undefined;
};
