import type { HubEvent } from '@send-hub/hub';
import * as fc from 'fast-check';
import { ProjectionRunner, rebuild, type Projection } from '../../src';
import { hubHistoryArbitrary } from './hub-history-arbitrary';
import { InMemoryEventStore } from '@send-hub/event-store';
import { CrashableCheckpointStore } from './checkpoint-stores';
import { recordHubEvents } from './record-hub-events';

/**
 * The rebuild law: appending a history in slices while the runner is stopped and
 * restarted between them (sometimes crashing without its final save) leaves the same
 * saved model as one rebuild from zero.
 */
export const followedInSlices = async <Model>(projection: Projection<Model>, events: ReadonlyArray<HubEvent>, cuts: ReadonlyArray<number>, crashes: ReadonlyArray<boolean>) => {
  const store = new InMemoryEventStore();
  const checkpoints = new CrashableCheckpointStore();
  const boundaries = [...new Set(cuts.map((cut) => cut % (events.length + 1)))].sort((left, right) => left - right);
  let from = 0;
  for (const [index, to] of [...boundaries, events.length].entries()) {
    const runner = new ProjectionRunner({ store, checkpoints, projection, saveEvery: 3 });
    await runner.start();
    await recordHubEvents(store, events.slice(from, to));
    const head = await store.headPosition();
    if (head !== undefined) await runner.waitFor(head);
    from = to;
    // A crash loses what was applied since the last save: the next run must redo it, once.
    checkpoints.losingSaves = crashes[index] === true;
    await runner.stop();
    checkpoints.losingSaves = false;
  }
  const final = new ProjectionRunner({ store, checkpoints, projection });
  await final.start();
  const followed = final.query(projection.serialise);
  await final.stop();
  const rebuilt = await rebuild(store, projection);
  return { followed, rebuilt: projection.serialise(rebuilt.model) };
};

/** The model a history folds to, rebuilt from zero through a store. */
export const rebuiltFrom = async <Model>(projection: Projection<Model>, events: ReadonlyArray<HubEvent>): Promise<Model> => {
  const store = new InMemoryEventStore();
  await recordHubEvents(store, events);
  return (await rebuild(store, projection)).model;
};

/** Checks the rebuild law on generated hub histories, cut and crashed at random points. */
export const assertRebuildLaw = <Model>(projection: Projection<Model>, numRuns = 40): Promise<void> =>
  fc.assert(
    fc.asyncProperty(hubHistoryArbitrary(), fc.array(fc.nat(200), { maxLength: 4 }), fc.array(fc.boolean(), { maxLength: 5 }), async (history, cuts, crashes) => {
      const { followed, rebuilt } = await followedInSlices(projection, history.events, cuts, crashes);
      expect(followed).toBe(rebuilt);
    }),
    { numRuns },
  );
