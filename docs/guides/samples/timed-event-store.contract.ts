// What a test file of the adapter holds (for example `test/timed-event-store.contract.test.ts`).
import { InMemoryEventStore } from '@send-hub/event-store';
import { eventStoreContract } from '@send-hub/testing';
import { timedEventStore, type StoreTiming } from './timed-event-store';

const timings: StoreTiming[] = [];

eventStoreContract('Timed store over the in-memory store', async () => ({
  store: timedEventStore(new InMemoryEventStore(), (timing) => timings.push(timing)),
  // A new in-memory store is empty, so the suite also checks what an empty store answers.
  fresh: true,
  cleanup: async () => {
    timings.length = 0;
  },
}));
