import type { EventStore, ReadAllOptions, RecordedEvent } from '@send-hub/event-store';

/** Every event of a store in global order, as one array. */
export const readEverything = async (store: EventStore, options?: ReadAllOptions): Promise<RecordedEvent[]> => {
  const events: RecordedEvent[] = [];
  for await (const event of store.readAll(options)) events.push(event);
  return events;
};
