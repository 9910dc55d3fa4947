import type { EventStore, ReadAllOptions } from './event-store';
import type { RecordedEvent } from './recorded-event';

/** Pages made from a store's `readAll` hold this many events, as the SQLite store's own pages do by default. */
export const fallbackPageSize = 250;

async function* pagesOf(events: AsyncIterable<RecordedEvent>, pageSize: number): AsyncGenerator<ReadonlyArray<RecordedEvent>, void, undefined> {
  let page: RecordedEvent[] = [];
  for await (const event of events) {
    page.push(event);
    if (page.length === pageSize) {
      yield page;
      page = [];
    }
  }
  if (page.length > 0) yield page;
}

/**
 * Every event of `store` in global order, a page at a time: the store's own pages
 * where it offers them, otherwise its `readAll` gathered into pages. Pages are never empty.
 */
export const readAllInPages = (store: EventStore, options?: ReadAllOptions): AsyncIterable<ReadonlyArray<RecordedEvent>> =>
  store.readAllPages === undefined ? { [Symbol.asyncIterator]: () => pagesOf(store.readAll(options), fallbackPageSize) } : store.readAllPages(options);

/** The events of `pages` one at a time: `readAll` for a store that reads in pages. */
export async function* eventsOfPages(pages: AsyncIterable<ReadonlyArray<RecordedEvent>>): AsyncGenerator<RecordedEvent, void, undefined> {
  for await (const page of pages) for (const event of page) yield event;
}
