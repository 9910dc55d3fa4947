import type Database from 'better-sqlite3';
import { isRight, left } from 'fp-ts/Either';
import {
  checkMetadataChoice,
  concurrencyConflict,
  eventsOfPages,
  StoreUnavailableError,
  type AppendResult,
  type ConcurrencyConflict,
  type EventStore,
  type ExpectedRevision,
  type NewEvent,
  type PulledSubscription,
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
  type SubscribeOptions,
  type Subscription,
} from '@send-hub/event-store';
import type { Either } from 'fp-ts/Either';
import { SqliteCheckpointStore } from './checkpoints/sqlite-checkpoint-store';
import { GroupCommit } from './database/group-commit';
import { asStoreFailure, guarded } from './database/store-failure';
import { appendEncoded, isLostRace } from './events/append-events';
import {
  requireCount,
  requireEvents,
  requireExpectedRevision,
  requirePosition,
  requirePrefix,
  requireStreamId,
} from './events/call-arguments';
import { encodeNewEvent } from '@send-hub/event-store';
import { decodeEventRow, eventColumns, eventColumnsWithoutMetadata } from './events/event-row';
import { prepareEventStatements, readAllPageSql, type EventStatements } from './events/event-statements';
import { readAheadPages, type StopReading } from './events/read-ahead/read-ahead-pages';
import { readAllPages, readEventPage, scanPage, type ScannedPage } from './events/read-pages';
import type { ResolvedOptions } from './store-options';
import { AppendSignal } from './subscriptions/append-signal';
import { CatchUpSubscription } from './subscriptions/catch-up-subscription';

/** The event store on one SQLite file. Create it with `openSqliteEventStore`. */
export class SqliteEventStore implements EventStore {
  /** Projection checkpoints and state, kept in the same file through the same connection. */
  readonly checkpoints: SqliteCheckpointStore;
  private readonly statements: EventStatements;
  private readonly writes: GroupCommit;
  private readonly scanTransaction: Database.Transaction<(after: bigint, streamPrefix: string | undefined) => ScannedPage>;
  private readonly appended = new AppendSignal();
  private readonly subscriptions = new Set<PulledSubscription>();
  private readonly readingAhead = new Set<StopReading>();
  private disposed = false;

  constructor(
    private readonly database: Database.Database,
    private readonly options: ResolvedOptions,
  ) {
    this.statements = prepareEventStatements(database);
    this.writes = new GroupCommit(database, (error) => asStoreFailure(error, options), options.groupCommit);
    this.scanTransaction = database.transaction((after, streamPrefix) =>
      scanPage(this.statements, after, options.pageSize, streamPrefix),
    );
    this.checkpoints = new SqliteCheckpointStore(database, (action) => this.run(action));
  }

  async append(
    streamId: string,
    events: ReadonlyArray<NewEvent>,
    expected: ExpectedRevision,
  ): Promise<Either<ConcurrencyConflict, AppendResult>> {
    const stream = requireStreamId(streamId);
    const checkedExpected = requireExpectedRevision(expected);
    // Encoding first: a bad event throws before the transaction, so nothing is written.
    const encoded = requireEvents(stream, events).map((event, index) => encodeNewEvent(stream, event, index));
    this.requireOpen();
    const appended = this.writes.submit(() => appendEncoded(this.statements, stream, encoded, checkedExpected));
    const outcome = await appended.catch((error: unknown) => {
      if (!isLostRace(error)) throw error;
      return left(concurrencyConflict(stream, checkedExpected, this.run(() => this.statements.streamHead.get(stream))?.[0]));
    });
    if (isRight(outcome) && encoded.length > 0) this.appended.notify();
    return outcome;
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<ReadonlyArray<RecordedEvent>> {
    const stream = requireStreamId(streamId);
    const fromRevision = requirePosition('fromRevision', options.fromRevision ?? 0n);
    const maxCount = requireCount(options.maxCount);
    const limit = Number.isFinite(maxCount) ? maxCount : -1;
    return this.run(() => this.statements.readStream.all(stream, fromRevision, limit)).map(decodeEventRow);
  }

  readAll(options: ReadAllOptions = {}): AsyncIterable<RecordedEvent> {
    const pages = this.readAllPages(options);
    // An iterable rather than a generator, so that it can be looped over more than once.
    return { [Symbol.asyncIterator]: () => eventsOfPages(pages) };
  }

  readAllPages(options: ReadAllOptions = {}): AsyncIterable<ReadonlyArray<RecordedEvent>> {
    const after = requirePosition('after', options.after ?? 0n);
    const maxCount = requireCount(options.maxCount);
    const streamPrefix = requirePrefix(options.streamPrefix);
    const metadata = checkMetadataChoice(options.metadata);
    // What is stored now, as the in-memory store does: events appended during a long
    // read belong to a later one, and a busy writer cannot keep a read from ending.
    const bounds = { until: this.run(() => this.statements.headPosition.get()) ?? 0n, streamPrefix };
    if (this.readsAhead(after, bounds.until, maxCount)) {
      const { file, busyTimeoutMs, pageSize } = this.options;
      const sql = readAllPageSql(metadata === 'read' ? eventColumns : eventColumnsWithoutMetadata, streamPrefix !== undefined);
      const range = { file, busyTimeoutMs, sql, after, until: bounds.until, streamPrefix, maxCount, pageSize, metadata };
      return {
        [Symbol.asyncIterator]: () => {
          this.requireOpen();
          return readAheadPages(range, this.readingAhead);
        },
      };
    }
    const readPage = (from: bigint, limit: number) => this.run(() => readEventPage(this.statements, from, limit, bounds, metadata));
    return { [Symbol.asyncIterator]: () => readAllPages(readPage, after, maxCount, this.options.pageSize) };
  }

  /** A read long enough that reading it on another thread pays for starting one; never on `:memory:`. */
  private readsAhead(after: bigint, until: bigint, maxCount: number): boolean {
    const { file, readAhead, readAheadFrom } = this.options;
    return readAhead && file !== ':memory:' && maxCount >= readAheadFrom && until - after >= BigInt(readAheadFrom);
  }

  subscribeToAll(options: SubscribeOptions = {}): Subscription {
    const after = requirePosition('after', options.after ?? 0n);
    const streamPrefix = requirePrefix(options.streamPrefix);
    this.requireOpen();
    const subscription = new CatchUpSubscription(
      {
        scan: (from) => this.run(() => this.scanTransaction(from, streamPrefix)),
        appended: this.appended,
        pollIntervalMs: this.options.pollIntervalMs,
      },
      after,
      (ended) => this.subscriptions.delete(ended),
    );
    this.subscriptions.add(subscription);
    return subscription;
  }

  async headPosition(): Promise<bigint | undefined> {
    return this.run(() => this.statements.headPosition.get()) ?? undefined;
  }

  async dispose(): Promise<void> {
    if (this.disposed) return;
    await Promise.all([...this.subscriptions].map((subscription) => subscription.unsubscribe()));
    await Promise.all([...this.readingAhead].map((stop) => stop()));
    this.disposed = true;
    // Appends made while the subscriptions were ending still land before the file closes.
    this.writes.flush();
    this.database.close();
  }

  /** Every database action goes through here: refused after dispose, failures translated. */
  /** Throws `StoreUnavailableError` once the store has been disposed. */
  private requireOpen(): void {
    if (this.disposed) {
      throw new StoreUnavailableError(`The event store on "${this.options.file}" has been disposed; open it again to use it.`);
    }
  }

  private run<A>(action: () => A): A {
    this.requireOpen();
    return guarded(this.options, action);
  }
}
