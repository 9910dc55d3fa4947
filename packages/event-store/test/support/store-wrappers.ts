import type { EventStore, NewEvent } from '../../src';

/** Every call passed straight to `inner`; spread it and replace a method to change one behaviour. */
export const delegateTo = (inner: EventStore): EventStore => ({
  append: (streamId, events, expected) => inner.append(streamId, events, expected),
  readStream: (streamId, options) => inner.readStream(streamId, options),
  readAll: (options) => inner.readAll(options),
  subscribeToAll: (options) => inner.subscribeToAll(options),
  headPosition: () => inner.headPosition(),
  dispose: () => inner.dispose(),
});

/**
 * Holds the first `readers` stream reads until all of them have arrived, so that
 * racing handlers all load the same revision before any of them appends: the
 * interleaving that makes optimistic concurrency matter, forced every time.
 */
export const withReadBarrier = (inner: EventStore, readers: number): EventStore & { readonly appends: () => number } => {
  let arrived = 0;
  let appends = 0;
  let release: () => void = () => undefined;
  const allArrived = new Promise<void>((resolve) => (release = resolve));
  return {
    ...delegateTo(inner),
    readStream: async (streamId, options) => {
      const events = await inner.readStream(streamId, options);
      arrived += 1;
      if (arrived === readers) release();
      if (arrived <= readers) await allArrived;
      return events;
    },
    append: (streamId, events, expected) => {
      appends += 1;
      return inner.append(streamId, events, expected);
    },
    appends: () => appends,
  };
};

/** Another writer that always gets in first: before each append, it appends an event of its own to the same stream. */
export const withInterference = (inner: EventStore, interloper: () => NewEvent): EventStore & { readonly appends: () => number } => {
  let appends = 0;
  return {
    ...delegateTo(inner),
    append: async (streamId, events, expected) => {
      appends += 1;
      await inner.append(streamId, [interloper()], 'any');
      return inner.append(streamId, events, expected);
    },
    appends: () => appends,
  };
};
