import type { HubEvent } from '@send-hub/hub';
import { InMemoryCheckpointStore, InMemoryEventStore } from '@send-hub/event-store';
import { ProjectionRunner, type Projection } from '../../src';
import { recordHubEvents } from './record-hub-events';

/** A runner following a fresh store, for scenario tests that record events step by step and query in between. */
export const followLive = <Model>(projection: Projection<Model>) => {
  const store = new InMemoryEventStore();
  const runner = new ProjectionRunner({ store, checkpoints: new InMemoryCheckpointStore(), projection });
  return {
    start: () => runner.start(),
    stop: () => runner.stop(),
    step: async (events: ReadonlyArray<HubEvent>): Promise<void> => {
      await recordHubEvents(store, events);
      await runner.waitFor((await store.headPosition()) ?? 0n);
    },
    read: <Result>(query: (model: Model) => Result): Result => runner.query(query),
  };
};
