import { randomUUID } from 'node:crypto';
import type { NewEvent } from '@send-hub/event-store';

/** An event for the store's own tests: plain data, complete metadata. */
export const testEvent = (data: unknown = {}, type = 'TestRecorded'): NewEvent => ({
  eventId: randomUUID(),
  type,
  schemaVersion: 1,
  data,
  metadata: { recordedAt: '2026-01-01T00:00:00.000Z', actor: { id: 'tester', role: 'system' }, correlationId: 'correlation', causationId: 'causation' },
});
