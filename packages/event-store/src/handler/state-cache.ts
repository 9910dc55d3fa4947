import { forgetOldestBeyond } from '../bounded/forget-oldest-beyond';

/** A stream's state as folded from its events up to and including `revision`. */
export interface CachedState<State> {
  readonly revision: bigint;
  readonly state: State;
}

/**
 * Where a command handler keeps the state it last saw of each stream, so that the
 * next command on the stream reads only the events after it (Equinox's "cache"
 * access strategy). An entry is only ever a fold of the stream's own events, so a
 * stale entry costs a longer read, never a wrong decision: the handler appends at
 * the revision it decided on, and the store refuses that if anyone wrote since.
 * One cache serves one handler over one store.
 */
export interface StateCache<State> {
  get(streamId: string): CachedState<State> | undefined;
  set(streamId: string, entry: CachedState<State>): void;
  delete(streamId: string): void;
}

export interface StateCacheOptions {
  /** How many streams to keep; the least recently used goes first. 10,000 by default. */
  readonly maxStreams?: number;
}

const checkMaxStreams = (maxStreams: number): number => {
  if (Number.isSafeInteger(maxStreams) && maxStreams >= 1) return maxStreams;
  throw new TypeError(`maxStreams must be a whole number of at least 1, but was ${String(maxStreams)}.`);
};

/** An entry, and the count of moves to the end at which it last moved there. */
interface Held<State> {
  readonly entry: CachedState<State>;
  readonly movedAt: number;
}

/**
 * A bounded cache in memory that forgets the least recently used streams first. A
 * Map keeps insertion order, so its first key is the one moved to the end longest
 * ago (forgotten with `forgetOldestBeyond`: asking a new iterator each time grew slower with every
 * key moved). Moving a key (delete, then set again) on every use was a tenth of a cached
 * command's time, so an entry moves only once it has fallen into the older half:
 * an entry used within the last `maxStreams / 2` moves is never forgotten, and one
 * in the newer half is updated where it stands.
 */
export const createStateCache = <State>(options: StateCacheOptions = {}): StateCache<State> => {
  const maxStreams = checkMaxStreams(options.maxStreams ?? 10_000);
  const entries = new Map<string, Held<State>>();
  const forgetBeyondLimit = forgetOldestBeyond(entries, maxStreams);
  let moves = 0;
  const isRecent = (held: Held<State>): boolean => moves - held.movedAt < maxStreams / 2;
  const moveToEnd = (streamId: string, entry: CachedState<State>): void => {
    moves += 1;
    entries.delete(streamId);
    entries.set(streamId, { entry, movedAt: moves });
    forgetBeyondLimit();
  };
  return {
    get: (streamId) => {
      const held = entries.get(streamId);
      if (held === undefined) return undefined;
      if (!isRecent(held)) moveToEnd(streamId, held.entry);
      return held.entry;
    },
    set: (streamId, entry) => {
      const held = entries.get(streamId);
      // Writers may finish out of order; the entry further along saves the longer read.
      if (held !== undefined && held.entry.revision > entry.revision) return;
      if (held !== undefined && isRecent(held)) entries.set(streamId, { entry, movedAt: held.movedAt });
      else moveToEnd(streamId, entry);
    },
    delete: (streamId) => {
      entries.delete(streamId);
    },
  };
};
