import type { AppendResult, ConcurrencyConflict, EventMetadata, NewEvent } from '@send-hub/event-store';
import type { Either } from 'fp-ts/Either';
import { v4 } from 'uuid';

export const contractEventType = 'ContractEventRecorded';

export const contractMetadata = (overrides: Partial<EventMetadata> = {}): EventMetadata => ({
  recordedAt: '2025-09-01T09:00:00.000Z',
  actor: { id: 'contract-officer', role: 'coordinator', agency: 'education' },
  correlationId: v4(),
  causationId: v4(),
  ...overrides,
});

export const newEvent = (data: unknown = { note: 'recorded by the contract suite' }, type = contractEventType): NewEvent => ({
  eventId: v4(),
  type,
  schemaVersion: 1,
  data,
  metadata: contractMetadata(),
});

export const newEvents = (count: number, label = 'event'): NewEvent[] =>
  Array.from({ length: count }, (_, index) => newEvent({ label, index }));

/** A stream id no other test, run or process uses, so the suite can share a server. */
export const uniqueStreamId = (label: string): string => `contract-${label}-${v4()}`;

/** A prefix of stream ids no other test uses; `${prefix}a`, `${prefix}b`... are its streams. */
export const uniquePrefix = (label: string): string => `${uniqueStreamId(label)}-`;

export const collect = async <A>(iterable: AsyncIterable<A>): Promise<A[]> => {
  const items: A[] = [];
  for await (const item of iterable) items.push(item);
  return items;
};

/** The result of an append that the test expects to succeed; a conflict fails the test with its message. */
export const appended = (result: Either<ConcurrencyConflict, AppendResult>): AppendResult => {
  if (result._tag === 'Left') throw new Error(`The append was expected to succeed: ${result.left.message}`);
  return result.right;
};

/** The conflict of an append that the test expects to be refused. */
export const refused = (result: Either<ConcurrencyConflict, AppendResult>): ConcurrencyConflict => {
  if (result._tag === 'Right') throw new Error(`The append was expected to be refused, but landed at revision ${result.right.nextExpectedRevision.toString()}.`);
  return result.left;
};

export const idsOf = (events: ReadonlyArray<{ readonly eventId: string }>): string[] => events.map((event) => event.eventId);

/** True when each position is greater than the one before. */
export const strictlyIncreasing = (positions: ReadonlyArray<bigint>): boolean =>
  positions.every((position, index) => index === 0 || position > (positions[index - 1] ?? position));
