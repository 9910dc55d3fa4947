import { caseStreamId } from '@send-hub/core';
import type { EventStore, RecordedEvent } from '@send-hub/event-store';
import { exportLine } from './exported-event';

/** Events as newline-delimited JSON lines (without the newline), streamed. */
export async function* exportEvents(events: AsyncIterable<RecordedEvent> | Iterable<RecordedEvent>): AsyncIterable<string> {
  for await (const event of events) yield exportLine(event);
}

/**
 * Every event of a store, in global order. Export the store as written (beneath the
 * personal-data layer): the file then holds ciphertext, never personal data in clear,
 * and its hashes verify. A child forgotten later is forgotten in every copy too.
 */
export const exportStore = (store: EventStore): AsyncIterable<string> => exportEvents(store.readAll());

/** One case's events, in revision order. */
export async function* exportCase(store: EventStore, caseId: string): AsyncIterable<string> {
  yield* exportEvents(await store.readStream(caseStreamId(caseId)));
}
