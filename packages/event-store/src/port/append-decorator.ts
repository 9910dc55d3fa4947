import type { either as E } from 'fp-ts';
import type { ConcurrencyConflict } from './errors';
import type { AppendResult, EventStore, ReadAllOptions, ReadStreamOptions, SubscribeOptions, Subscription } from './event-store';
import type { ExpectedRevision } from './expected-revision';
import { readAllInPages } from './read-all-in-pages';
import type { NewEvent, RecordedEvent } from './recorded-event';

/** A layer over a store that changes how events are appended and passes every read through unchanged. */
export abstract class AppendDecorator implements EventStore {
  constructor(protected readonly inner: EventStore) {}

  abstract append(streamId: string, events: ReadonlyArray<NewEvent>, expected: ExpectedRevision): Promise<E.Either<ConcurrencyConflict, AppendResult>>;

  readStream(streamId: string, options?: ReadStreamOptions): Promise<ReadonlyArray<RecordedEvent>> {
    return this.inner.readStream(streamId, options);
  }

  readAll(options?: ReadAllOptions): AsyncIterable<RecordedEvent> {
    return this.inner.readAll(options);
  }

  readAllPages(options?: ReadAllOptions): AsyncIterable<ReadonlyArray<RecordedEvent>> {
    return readAllInPages(this.inner, options);
  }

  subscribeToAll(options?: SubscribeOptions): Subscription {
    return this.inner.subscribeToAll(options);
  }

  headPosition(): Promise<bigint | undefined> {
    return this.inner.headPosition();
  }

  dispose(): Promise<void> {
    return this.inner.dispose();
  }
}
