import type {
  AppendResult,
  CheckpointStore,
  ConcurrencyConflict,
  EventStore,
  ExpectedRevision,
  NewEvent,
  ProjectionSnapshot,
  ReadAllOptions,
  RecordedEvent,
  SubscribeOptions,
  Subscription,
  SubscriptionMessage,
} from '@send-hub/event-store';
import { concurrencyConflict, meetsExpectedRevision } from '@send-hub/event-store';
import { either as E } from 'fp-ts';

/**
 * A minimal event store for the runner's own tests, where faults must be staged that
 * the real in-memory store of @send-hub/event-store rightly refuses to hold (a corrupt
 * payload, a subscription that delivers again). The read models' tests use the real one.
 */
export class FakeEventStore implements EventStore {
  readonly events: RecordedEvent[] = [];
  private listeners = new Set<() => void>();

  async append(streamId: string, events: ReadonlyArray<NewEvent>, expected: ExpectedRevision): Promise<E.Either<ConcurrencyConflict, AppendResult>> {
    const current = this.lastRevision(streamId);
    if (!meetsExpectedRevision(expected, current)) return E.left(concurrencyConflict(streamId, expected, current));
    let revision = current === undefined ? -1n : current;
    for (const event of events) {
      revision += 1n;
      this.events.push({ ...event, streamId, revision, position: BigInt(this.events.length + 1) * 10n });
    }
    for (const listener of this.listeners) listener();
    return E.right({ nextExpectedRevision: revision, position: this.events[this.events.length - 1]?.position ?? 0n });
  }

  async readStream(streamId: string): Promise<ReadonlyArray<RecordedEvent>> {
    return this.events.filter((event) => event.streamId === streamId);
  }

  async *readAll(options: ReadAllOptions = {}): AsyncIterable<RecordedEvent> {
    for (const event of this.events) if (options.after === undefined || event.position > options.after) yield event;
  }

  subscribeToAll(options: SubscribeOptions = {}): Subscription {
    const events = this.events;
    const listeners = this.listeners;
    let index = events.findIndex((event) => options.after === undefined || event.position > options.after);
    if (index < 0) index = events.length;
    const caughtUpAt = events.length;
    let caughtUpSent = false;
    let stopped = false;
    let wake: (() => void) | undefined;
    const listener = () => wake?.();
    listeners.add(listener);
    const next = async (): Promise<IteratorResult<SubscriptionMessage>> => {
      for (;;) {
        if (stopped) return { done: true, value: undefined };
        if (!caughtUpSent && index >= caughtUpAt) {
          caughtUpSent = true;
          return { done: false, value: { kind: 'caughtUp' } };
        }
        const event = events[index];
        if (event !== undefined) {
          index += 1;
          return { done: false, value: { kind: 'event', event } };
        }
        await new Promise<void>((resolve) => (wake = resolve));
        wake = undefined;
      }
    };
    return {
      [Symbol.asyncIterator]: () => ({ next }),
      unsubscribe: async () => {
        stopped = true;
        listeners.delete(listener);
        wake?.();
      },
    };
  }

  async headPosition(): Promise<bigint | undefined> {
    return this.events[this.events.length - 1]?.position;
  }

  async dispose(): Promise<void> {
    this.listeners.clear();
  }

  private lastRevision(streamId: string): bigint | undefined {
    let last: bigint | undefined;
    for (const event of this.events) if (event.streamId === streamId) last = event.revision;
    return last;
  }
}

export class FakeCheckpointStore implements CheckpointStore {
  readonly saved = new Map<string, ProjectionSnapshot>();
  saves = 0;

  async load(projection: string): Promise<ProjectionSnapshot | undefined> {
    return this.saved.get(projection);
  }

  async save(projection: string, snapshot: ProjectionSnapshot): Promise<void> {
    this.saves += 1;
    this.saved.set(projection, snapshot);
  }

  async reset(projection: string): Promise<void> {
    this.saved.delete(projection);
  }
}
