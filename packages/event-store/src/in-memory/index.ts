export { InMemoryCheckpointStore } from './in-memory-checkpoint-store';
export { InMemoryEventStore } from './in-memory-event-store';
