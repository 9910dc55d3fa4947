import type { NewEvent } from '@send-hub/event-store';

/** A valid event numbered `n`; its id is a lowercase UUID unless the test overrides it. */
export const newEvent = (n: number, overrides: Partial<NewEvent> = {}): NewEvent => ({
  eventId: `5b0c6a7e-1d2f-4a3b-9c4d-${n.toString(16).padStart(12, '0')}`,
  type: 'CaseReferred',
  schemaVersion: 2,
  data: { child: `child-${n}`, reasons: ['attendance', 'communication'], urgent: n % 2 === 0 },
  metadata: {
    recordedAt: `2025-09-${String((n % 28) + 1).padStart(2, '0')}T10:00:00.000Z`,
    actor: { id: 'officer-7', role: 'coordinator', agency: 'education' },
    correlationId: `correlation-${n}`,
    causationId: `command-${n}`,
  },
  ...overrides,
});
