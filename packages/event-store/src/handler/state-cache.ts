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

/** A bounded, least-recently-used cache in memory: a Map keeps insertion order, so its first key is the least recently used. */
export const createStateCache = <State>(options: StateCacheOptions = {}): StateCache<State> => {
  const maxStreams = checkMaxStreams(options.maxStreams ?? 10_000);
  const entries = new Map<string, CachedState<State>>();
  return {
    get: (streamId) => {
      const entry = entries.get(streamId);
      if (entry !== undefined) {
        entries.delete(streamId);
        entries.set(streamId, entry);
      }
      return entry;
    },
    set: (streamId, entry) => {
      const held = entries.get(streamId);
      // Writers may finish out of order; the entry further along saves the longer read.
      if (held !== undefined && held.revision > entry.revision) return;
      entries.delete(streamId);
      entries.set(streamId, entry);
      if (entries.size > maxStreams) entries.delete(entries.keys().next().value as string);
    },
    delete: (streamId) => {
      entries.delete(streamId);
    },
  };
};
