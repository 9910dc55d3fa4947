import type { HubEvent } from '@send-hub/hub';
import { ProjectionRunner, type Projection } from '../../src';
import { FakeCheckpointStore, FakeEventStore } from './in-memory-stores';
import { recordHubEvents } from './record-hub-events';

/** A runner following a fresh store, for scenario tests that record events step by step and query in between. */
export const followLive = <Model>(projection: Projection<Model>) => {
  const store = new FakeEventStore();
  const runner = new ProjectionRunner({ store, checkpoints: new FakeCheckpointStore(), projection });
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
