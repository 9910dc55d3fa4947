import type { EventStore } from '@send-hub/event-store';

/** How long one call to the store took. */
export interface StoreTiming {
  readonly operation: 'append' | 'readStream' | 'headPosition';
  readonly milliseconds: number;
  /** Events appended or read. */
  readonly events: number;
}

/**
 * An adapter that wraps another store and reports how long appends and stream reads
 * take, for a council's monitoring. Everything else passes straight through, so the
 * wrapped store's promises (atomic appends, global order, catch-up subscriptions) hold.
 */
export const timedEventStore = (inner: EventStore, report: (timing: StoreTiming) => void, now: () => number = () => performance.now()): EventStore => {
  const timed = async <Result>(operation: StoreTiming['operation'], work: () => Promise<Result>, count: (result: Result) => number): Promise<Result> => {
    const started = now();
    const result = await work();
    report({ operation, milliseconds: now() - started, events: count(result) });
    return result;
  };
  return {
    append: (streamId, events, expected) => timed('append', () => inner.append(streamId, events, expected), (result) => (result._tag === 'Right' ? events.length : 0)),
    readStream: (streamId, options) => timed('readStream', () => inner.readStream(streamId, options), (events) => events.length),
    readAll: (options) => inner.readAll(options),
    subscribeToAll: (options) => inner.subscribeToAll(options),
    headPosition: () => timed('headPosition', () => inner.headPosition(), () => 0),
    dispose: () => inner.dispose(),
  };
};
