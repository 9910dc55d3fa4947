import { either as E } from 'fp-ts';
import type * as t from 'io-ts';
import type { EventStore } from '../port/event-store';
import type { UpcasterRegistry } from '../upcasting/upcaster-registry';
import type { StoredEventUnreadable } from './handler-failures';
import { foldAfter, type Folding, type LoadedStream } from './load-stream';
import type { StateCache } from './state-cache';

export interface StreamLoader<State> {
  /** The stream's state: from the cache and the events after it when it can, else from the start (`fresh` forces that). */
  load(streamId: string, fresh: boolean): Promise<E.Either<StoredEventUnreadable, LoadedStream<State>>>;
  /** After a conflict: the next load reads the stream from its start. */
  forget(streamId: string): void;
}

interface StreamLoaderOptions<Event, State> {
  readonly store: EventStore;
  readonly decider: Folding<Event, State>;
  readonly eventCodec: t.Type<Event, unknown, unknown>;
  readonly upcasters: UpcasterRegistry;
  readonly cache: StateCache<State> | undefined;
}

const storeOfCache = new WeakMap<StateCache<unknown>, EventStore>();

/**
 * A cached state is only sound as a fold of the first events of a stream in the
 * store it was read from: from another store it could refuse a command on a history
 * that store never had (refusals append nothing, so no expected revision catches them).
 */
const claimFor = <State>(cache: StateCache<State>, store: EventStore): void => {
  const claimed = storeOfCache.get(cache as StateCache<unknown>);
  if (claimed !== undefined && claimed !== store) throw new TypeError('This state cache already serves a command handler over another store; give each store a cache of its own.');
  storeOfCache.set(cache as StateCache<unknown>, store);
};

/**
 * Loading for the command handler, with or without a state cache. The cache keeps
 * the state as it was last read, never as a command's own events would change it:
 * the next command on the stream reads the events after it, so the cache only ever
 * folds what the store gives back (through JSON, decoded), never objects a decider
 * returned, which may share objects with the caller's command. That read is also
 * cheaper than copying and decoding each written event when it is appended.
 */
export const createStreamLoader = <Event, State>(options: StreamLoaderOptions<Event, State>): StreamLoader<State> => {
  const { store, decider, eventCodec, upcasters, cache } = options;
  if (cache !== undefined) claimFor(cache, store);

  const remember = (streamId: string, loaded: E.Either<StoredEventUnreadable, LoadedStream<State>>) => {
    if (cache === undefined) return loaded;
    if (E.isRight(loaded) && loaded.right.revision !== undefined) cache.set(streamId, { revision: loaded.right.revision, state: loaded.right.state });
    else cache.delete(streamId);
    return loaded;
  };

  const load = async (streamId: string, fresh: boolean) => {
    const cached = fresh ? undefined : cache?.get(streamId);
    if (cached !== undefined) {
      const continued = foldAfter(await store.readStream(streamId, { fromRevision: cached.revision + 1n }), cached, decider, eventCodec, upcasters);
      if (continued !== undefined) return remember(streamId, continued);
    }
    const loaded = foldAfter(await store.readStream(streamId), { state: decider.initialState, revision: undefined }, decider, eventCodec, upcasters);
    if (loaded === undefined) throw new Error(`The store's stream "${streamId}" does not run from revision 0 without gaps; the store is broken.`);
    return remember(streamId, loaded);
  };

  return { load, forget: (streamId) => cache?.delete(streamId) };
};
