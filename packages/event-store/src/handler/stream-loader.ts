import { either as E } from 'fp-ts';
import type * as t from 'io-ts';
import type { EventStore } from '../port/event-store';
import type { UpcasterRegistry } from '../upcasting/upcaster-registry';
import type { StoredEventUnreadable } from './handler-failures';
import { foldAfter, type Folding, type LoadedStream } from './load-stream';
import type { StateCache } from './state-cache';

export interface StreamLoader<Event, State> {
  /** The stream's state: from the cache and the events after it when it can, else from the start (`fresh` forces that). */
  load(streamId: string, fresh: boolean): Promise<E.Either<StoredEventUnreadable, LoadedStream<State>>>;
  /**
   * With `foldWrittenEvents`, the state to decide on without reading the stream: the cached
   * one, or for a stream not in the cache the initial state of a stream that does not exist
   * yet. Undefined without a cache or without `foldWrittenEvents` (the cache then holds the
   * state as read, behind this handler's own writes). Only a decision the store takes at
   * the entry's revision may stand on it: any other must be confirmed by a `load`.
   */
  trusted(streamId: string): LoadedStream<State> | undefined;
  /**
   * After an append landed at `revision`: with `foldWrittenEvents`, the cache holds the
   * state `loaded` led to with `events` folded in; otherwise it keeps `loaded` as read.
   */
  appended(streamId: string, loaded: LoadedStream<State>, events: ReadonlyArray<Event>, revision: bigint): void;
  /** After a conflict: the next load reads the stream from its start. */
  forget(streamId: string): void;
}

interface StreamLoaderOptions<Event, State> {
  readonly store: EventStore;
  readonly decider: Folding<Event, State>;
  readonly eventCodec: t.Type<Event, unknown, unknown>;
  readonly upcasters: UpcasterRegistry;
  readonly cache: StateCache<State> | undefined;
  readonly foldWrittenEvents: boolean;
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
 * Loading for the command handler, with or without a state cache. A cached state is
 * always a fold of the stream's own events, so it decides exactly as a full read would.
 * By default the cache keeps the state as it was last read, and the next command reads
 * the events after it: it only ever folds what the store gives back (through JSON,
 * decoded). With `foldWrittenEvents` it folds a command's events into the state as soon
 * as the store has taken them, as Equinox's cache does, so the next command reads
 * nothing it wrote itself. That is sound only for a decider whose state shares no object
 * with its events (`stateSharesNothingWithEventsLaw`), because the events a decider
 * returns may share objects with the caller's command, which the caller may change later.
 * Such a cache is also `trusted`: the handler decides on it before reading anything, and
 * reads only when the store refuses the append or the decision writes nothing (decision 42).
 */
export const createStreamLoader = <Event, State>(options: StreamLoaderOptions<Event, State>): StreamLoader<Event, State> => {
  const { store, decider, eventCodec, upcasters, cache, foldWrittenEvents } = options;
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
      if (continued !== undefined) {
        // Nothing new read: the cache already holds this state, so there is nothing to write back.
        return E.isRight(continued) && continued.right.revision === cached.revision ? continued : remember(streamId, continued);
      }
    }
    const loaded = foldAfter(await store.readStream(streamId), { state: decider.initialState, revision: undefined }, decider, eventCodec, upcasters);
    if (loaded === undefined) throw new Error(`The store's stream "${streamId}" does not run from revision 0 without gaps; the store is broken.`);
    return remember(streamId, loaded);
  };

  const appended = (streamId: string, loaded: LoadedStream<State>, events: ReadonlyArray<Event>, revision: bigint): void => {
    if (cache === undefined || !foldWrittenEvents) return;
    // Another writer's events in between would make this no fold of the stream: read it next time instead.
    if (revision !== (loaded.revision ?? -1n) + BigInt(events.length)) return cache.delete(streamId);
    let state = loaded.state;
    for (const event of events) state = decider.evolve(state, event);
    cache.set(streamId, { revision, state });
  };

  const trusted = (streamId: string): LoadedStream<State> | undefined => {
    if (cache === undefined || !foldWrittenEvents) return undefined;
    return cache.get(streamId) ?? { state: decider.initialState, revision: undefined };
  };

  return { load, trusted, appended, forget: (streamId) => cache?.delete(streamId) };
};
