import type { EventStore, RecordedEvent } from '@send-hub/event-store';

/** Every event of a store in global order, as one array. */
export const readEverything = async (store: EventStore): Promise<RecordedEvent[]> => {
  const events: RecordedEvent[] = [];
  for await (const event of store.readAll()) events.push(event);
  return events;
};
