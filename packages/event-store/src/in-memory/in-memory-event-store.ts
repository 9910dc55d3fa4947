import { left, right, type Either } from 'fp-ts/Either';
import { concurrencyConflict, InvalidEventError, StoreUnavailableError, type ConcurrencyConflict } from '../port/errors';
import type { AppendResult, EventStore, ReadAllOptions, ReadStreamOptions, SubscribeOptions, Subscription } from '../port/event-store';
import { meetsExpectedRevision, type ExpectedRevision } from '../port/expected-revision';
import type { NewEvent, RecordedEvent } from '../port/recorded-event';
import { checkExpectedRevision, checkMaxCount, checkMetadataChoice, checkStart, checkStreamId, checkStreamPrefix } from '../port/argument-checks';
import { eventsOfPages, fallbackPageSize } from '../port/read-all-in-pages';
import { InMemorySubscription } from './in-memory-subscription';
import { storedRecord } from './stored-event';

/**
 * The revisions most streams reach, made once: a bigint is a value of its own on the heap,
 * and a case's revisions are the same few numbers in every stream.
 */
const sharedRevisions: ReadonlyArray<bigint> = Array.from({ length: 1024 }, (_, revision) => BigInt(revision));
const revisionAt = (index: number): bigint => sharedRevisions[index] ?? BigInt(index);

/**
 * The event store in one process's memory, for tests, examples and tools. It keeps
 * every promise of the port, as `eventStoreContract` checks: atomic appends,
 * positions from 1n with no gaps, frozen deep copies of plain JSON data (so neither
 * the writer nor a reader can change history afterwards), catch-up subscriptions.
 * Each method does its work before its first `await`, so an append is atomic with
 * respect to every other call without any lock.
 */
export class InMemoryEventStore implements EventStore {
  /** Every event in global order; an event's position is its index plus one. */
  private readonly log: RecordedEvent[] = [];
  private readonly streams = new Map<string, RecordedEvent[]>();
  private readonly subscriptions = new Set<InMemorySubscription>();
  private disposed = false;

  async append(streamId: string, events: ReadonlyArray<NewEvent>, expected: ExpectedRevision): Promise<Either<ConcurrencyConflict, AppendResult>> {
    this.checkUsable();
    const stream = checkStreamId(streamId);
    const checkedExpected = checkExpectedRevision(expected);
    if (!Array.isArray(events)) throw new InvalidEventError(`The append to "${stream}" must be given a list of events.`);
    const known = this.streams.get(stream);
    const recorded = known ?? [];
    // The stream's records share one id string: a caller builds a new one for every command (`case-${id}`), and keeping each was a tenth of what an event held.
    const keptStream = recorded[0]?.streamId ?? stream;
    // Every event is checked and copied, as the record the store keeps, before anything is kept: a bad one means none of its batch lands.
    // The events of one command share one metadata object: one frozen copy serves them all.
    const records: RecordedEvent[] = new Array<RecordedEvent>(events.length);
    for (let index = 0; index < events.length; index += 1) {
      const event = events[index] as NewEvent;
      const shared = index > 0 && events[index - 1]?.metadata === event?.metadata ? records[index - 1]?.metadata : undefined;
      records[index] = storedRecord(keptStream, event, index, shared, revisionAt(recorded.length + index), BigInt(this.log.length + 1 + index));
    }
    const last = recorded[recorded.length - 1];
    if (!meetsExpectedRevision(checkedExpected, last?.revision)) return left(concurrencyConflict(stream, checkedExpected, last?.revision));
    if (records.length === 0) {
      if (last === undefined) {
        throw new InvalidEventError(`The append to "${stream}" has no events and the stream does not exist, so there is nothing to record.`);
      }
      return right({ nextExpectedRevision: last.revision, position: last.position });
    }
    for (const record of records) {
      recorded.push(record);
      this.log.push(record);
    }
    if (known === undefined) this.streams.set(stream, recorded);
    for (const subscription of this.subscriptions) subscription.deliver();
    const newest = records[records.length - 1] as RecordedEvent;
    return right({ nextExpectedRevision: newest.revision, position: newest.position });
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<ReadonlyArray<RecordedEvent>> {
    this.checkUsable();
    const recorded = this.streams.get(checkStreamId(streamId)) ?? [];
    const from = this.indexAfter(checkStart('fromRevision', options.fromRevision ?? 0n), recorded.length);
    const maxCount = checkMaxCount(options.maxCount);
    return recorded.slice(from, Number.isFinite(maxCount) ? from + maxCount : undefined);
  }

  readAll(options: ReadAllOptions = {}): AsyncIterable<RecordedEvent> {
    const pages = this.readAllPages(options);
    return { [Symbol.asyncIterator]: () => eventsOfPages(pages) };
  }

  /**
   * `readAll` a page at a time. A rebuild reads every event: through `readAll` gathered
   * into pages, each event cost two waits and about 680 bytes of promises and iterator
   * results, more than decrypting it. The log only grows, so a read keeps its end, not a copy.
   */
  readAllPages(options: ReadAllOptions = {}): AsyncIterable<ReadonlyArray<RecordedEvent>> {
    this.checkUsable();
    const start = this.indexAfter(checkStart('after', options.after ?? 0n), this.log.length);
    const maxCount = checkMaxCount(options.maxCount);
    const streamPrefix = checkStreamPrefix(options.streamPrefix);
    // Metadata is already in memory: skipping it would save nothing, so every event keeps its own.
    checkMetadataChoice(options.metadata);
    // What is stored now: events appended while the caller iterates belong to a later read.
    const { log } = this;
    const stored = log.length;
    return (async function* () {
      let left = maxCount;
      for (let from = start; from < stored && left > 0; from += fallbackPageSize) {
        const to = Math.min(from + fallbackPageSize, stored);
        const slice = log.slice(from, to);
        const matching = streamPrefix === undefined ? slice : slice.filter((event) => event.streamId.startsWith(streamPrefix));
        const page = matching.length > left ? matching.slice(0, left) : matching;
        if (page.length === 0) continue;
        left -= page.length;
        yield page;
      }
    })();
  }

  subscribeToAll(options: SubscribeOptions = {}): Subscription {
    this.checkUsable();
    const start = this.indexAfter(checkStart('after', options.after ?? 0n), this.log.length);
    const subscription = new InMemorySubscription(this.log, start, checkStreamPrefix(options.streamPrefix), (ended) =>
      this.subscriptions.delete(ended),
    );
    this.subscriptions.add(subscription);
    return subscription;
  }

  async headPosition(): Promise<bigint | undefined> {
    this.checkUsable();
    return this.log[this.log.length - 1]?.position;
  }

  async dispose(): Promise<void> {
    if (this.disposed) return;
    this.disposed = true;
    await Promise.all([...this.subscriptions].map((subscription) => subscription.unsubscribe()));
  }

  /**
   * The array index where a read begins, clamped to the end. The number serves
   * both reads: a revision to start from (revisions count from 0, inclusive) and a
   * position to read after (positions count from 1, exclusive) are both the index.
   */
  private indexAfter(start: bigint, length: number): number {
    return start >= BigInt(length) ? length : Number(start);
  }

  private checkUsable(): void {
    if (this.disposed) throw new StoreUnavailableError('This in-memory event store has been disposed; create a new one to use it.');
  }
}
