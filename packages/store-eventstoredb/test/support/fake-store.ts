import type { EventStore, RecordedEvent } from '@send-hub/event-store';
import { createEventStoreDbStore } from '../../src/store/eventstoredb-store';
import { settingsFrom, type EventStoreDbOptions } from '../../src/store-options';
import { FakeGateway } from './fake-gateway';

/** The adapter on a fake server, with small pages so that paging is exercised, and short waits. */
export const storeOnFake = (options: EventStoreDbOptions = {}, gateway = new FakeGateway()): { store: EventStore; gateway: FakeGateway } => {
  const settings = settingsFrom({ pageSize: 3, resubscribe: { firstDelayMilliseconds: 1, maxDelayMilliseconds: 4 }, ...options });
  return { store: createEventStoreDbStore(gateway, settings), gateway };
};

export const collect = async <T>(iterable: AsyncIterable<T>): Promise<T[]> => {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
};

export const positionsOf = (events: ReadonlyArray<RecordedEvent>): bigint[] => events.map((event) => event.position);
