import { fallbackPageSize, InMemoryEventStore, readAllInPages, type EventStore, type NewEvent, type RecordedEvent } from '@send-hub/event-store';

const event = (index: number): NewEvent => ({
  eventId: `event-${index}`,
  type: 'Counted',
  schemaVersion: 1,
  data: { index },
  metadata: { recordedAt: '2025-10-01T09:00:00.000Z', actor: { id: 'tester', role: 'officer' }, correlationId: 'c', causationId: 'c' },
});

const collect = async <A>(iterable: AsyncIterable<A>): Promise<A[]> => {
  const items: A[] = [];
  for await (const item of iterable) items.push(item);
  return items;
};

describe('reading every event a page at a time', () => {
  it("gathers the events of a store without pages of its own into pages of readAll's events", async () => {
    const store = new InMemoryEventStore();
    const count = fallbackPageSize * 2 + 3;
    await store.append('counter', Array.from({ length: count }, (_, index) => event(index)), 'no_stream');
    const pages = await collect(readAllInPages(store));
    expect(pages.map((page) => page.length)).toEqual([fallbackPageSize, fallbackPageSize, 3]);
    expect(pages.flat()).toEqual(await collect(store.readAll()));
    expect((await collect(readAllInPages(store, { after: 2n, maxCount: 5 }))).flat().map((read) => read.position)).toEqual([3n, 4n, 5n, 6n, 7n]);
    expect(await collect(readAllInPages(new InMemoryEventStore()))).toEqual([]);
  });

  it("uses the store's own pages where it has them", async () => {
    const own: ReadonlyArray<RecordedEvent> = [];
    const store = { readAllPages: async function* () { yield own; } } as unknown as EventStore;
    expect(await collect(readAllInPages(store))).toEqual([own]);
  });
});
