import { randomUUID } from 'node:crypto';
import type { NewEvent, RecordedEvent } from '@send-hub/event-store';

export const metadata = {
  recordedAt: '2025-09-01T09:00:00.000Z',
  actor: { id: 'officer-1', role: 'coordinator', agency: 'education' },
  correlationId: 'correlation-1',
  causationId: 'causation-1',
};

export const newEvent = (data: unknown = { note: 'referral received' }, type = 'ReferralReceived'): NewEvent => ({
  eventId: randomUUID(),
  type,
  schemaVersion: 1,
  data,
  metadata,
});

export const newEvents = (count: number, type = 'ReferralReceived'): NewEvent[] =>
  Array.from({ length: count }, (_, index) => newEvent({ index }, type));

export const collect = async <A>(iterable: AsyncIterable<A>): Promise<A[]> => {
  const items: A[] = [];
  for await (const item of iterable) items.push(item);
  return items;
};

/** The parts of a recorded event that say where it landed. */
export const placeOf = (event: RecordedEvent): [string, bigint, bigint] => [event.streamId, event.revision, event.position];
