/**
 * What the writer believes about a stream before appending. Mirrors the
 * EventStoreDB client: `any` skips the check, `no_stream` demands that the stream
 * does not exist, `stream_exists` that it does, and a bigint names the exact
 * revision of the stream's last event (revisions count from 0n).
 */
export type ExpectedRevision = 'any' | 'no_stream' | 'stream_exists' | bigint;

export const describeExpectedRevision = (expected: ExpectedRevision): string =>
  typeof expected === 'bigint' ? `revision ${expected.toString()}` : expected.replace('_', ' ');

/** Whether a stream whose last revision is `current` (undefined: no stream) meets `expected`. */
export const meetsExpectedRevision = (expected: ExpectedRevision, current: bigint | undefined): boolean => {
  switch (expected) {
    case 'any':
      return true;
    case 'no_stream':
      return current === undefined;
    case 'stream_exists':
      return current !== undefined;
    default:
      return current === expected;
  }
};
