import type { Pool } from 'pg';
import {
  checkExpectedRevision,
  checkMaxCount,
  checkMetadataChoice,
  checkStart,
  checkStreamId,
  checkStreamPrefix,
  encodeNewEvent,
  eventsOfPages,
  InvalidEventError,
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
import { PostgresCheckpointStore } from './checkpoints/postgres-checkpoint-store';
import { asPostgresFailure, describeServer, type ServerDescription } from './connection/postgres-failure';
import { quoted } from './connection/schema-name';
import { AppendWriter } from './events/append-writer';
import { readBound, scanSafePage } from './events/read-queries';
import { settledPages } from './events/settled-pages';
import { StreamReads } from './events/stream-reads';
import type { ResolvedEventStoreOptions } from './store-options';
import { CatchUpSubscription } from './subscriptions/catch-up-subscription';
import { NotificationListener } from './subscriptions/notification-listener';

/** The channel a schema's appends are announced on. */
export const channelOf = (schema: string): string => `send_hub_events_${schema}`.slice(0, 63);

/** The event store in one schema of a PostgreSQL database. Open it with `openPostgresEventStore`. */
export class PostgresEventStore implements EventStore {
  /** Projection checkpoints and state, in the `projection_checkpoints` table of the same schema. */
  readonly checkpoints: PostgresCheckpointStore;
  readonly schema: string;
  private readonly server: ServerDescription;
  private readonly writer: AppendWriter;
  private readonly streamReads: StreamReads;
  private readonly listener: NotificationListener;
  private readonly subscriptions = new Set<PulledSubscription>();
  /** Database actions begun through `run` and not yet ended. */
  private readonly running = new Set<Promise<unknown>>();
  private disposed = false;

  constructor(
    private readonly pool: Pool,
    private readonly options: ResolvedEventStoreOptions,
  ) {
    this.schema = options.schema;
    this.server = describeServer(options.connectionString);
    const channel = channelOf(options.schema);
    this.writer = new AppendWriter({
      pool,
      schema: options.schema,
      channel,
      groupCommit: options.groupCommit,
      failure: (error) => this.failure(error, 'the events were not recorded'),
      // Subscribers in this process are woken once a transaction, at once; the server's notification of it is then skipped.
      committed: (lastPosition) => this.listener.notify(lastPosition),
    });
    this.streamReads = new StreamReads(pool, options.schema);
    this.listener = new NotificationListener(options.connectionString, channel);
    this.checkpoints = new PostgresCheckpointStore(pool, options.schema, 'projection_checkpoints', (action) => this.run('the checkpoint was not read or saved', action));
  }

  async append(streamId: string, events: ReadonlyArray<NewEvent>, expected: ExpectedRevision): Promise<Either<ConcurrencyConflict, AppendResult>> {
    const stream = checkStreamId(streamId);
    const checkedExpected = checkExpectedRevision(expected);
    if (!Array.isArray(events)) throw new InvalidEventError(`The append to "${stream}" must be given a list of events.`);
    // Encoding first: a bad event throws before the transaction, so nothing is written.
    const encoded = events.map((event: NewEvent, index) => encodeNewEvent(stream, event, index));
    this.requireOpen();
    return this.writer.submit({ streamId: stream, events: encoded, expected: checkedExpected });
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<ReadonlyArray<RecordedEvent>> {
    const stream = checkStreamId(streamId);
    const fromRevision = checkStart('fromRevision', options.fromRevision ?? 0n);
    const maxCount = checkMaxCount(options.maxCount);
    return this.run('the stream was not read', () => this.streamReads.read(stream, fromRevision, Number.isFinite(maxCount) ? maxCount : null));
  }

  readAll(options: ReadAllOptions = {}): AsyncIterable<RecordedEvent> {
    const pages = this.readAllPages(options);
    return { [Symbol.asyncIterator]: () => eventsOfPages(pages) };
  }

  readAllPages(options: ReadAllOptions = {}): AsyncIterable<ReadonlyArray<RecordedEvent>> {
    const after = checkStart('after', options.after ?? 0n);
    const maxCount = checkMaxCount(options.maxCount);
    const streamPrefix = checkStreamPrefix(options.streamPrefix);
    const metadata = checkMetadataChoice(options.metadata);
    const read = { after, maxCount, streamPrefix, metadata, pageSize: this.options.pageSize };
    const what = 'the events were not read';
    const runs = { run: <A>(action: () => Promise<A>) => this.run(what, action), wait: <A>(action: () => Promise<A>) => this.untracked(what, action) };
    return { [Symbol.asyncIterator]: () => settledPages(this.pool, this.schema, read, runs) };
  }

  subscribeToAll(options: SubscribeOptions = {}): Subscription {
    const after = checkStart('after', options.after ?? 0n);
    const streamPrefix = checkStreamPrefix(options.streamPrefix);
    this.requireOpen();
    const subscription = new CatchUpSubscription(
      {
        bound: () => this.guardOpen(() => readBound(this.pool, this.schema)),
        scan: (from, bound) => this.guardOpen(() => scanSafePage(this.pool, this.schema, from, this.options.pageSize, streamPrefix, bound)),
        listen: (wake) => this.listener.listen(wake),
        pollIntervalMs: this.options.pollIntervalMs,
        reconnectTimeoutMs: this.options.reconnectTimeoutMs,
        failure: (error) => this.failure(error, 'the subscription cannot read new events'),
      },
      after,
      (ended) => this.subscriptions.delete(ended),
    );
    this.subscriptions.add(subscription);
    return subscription;
  }

  async headPosition(): Promise<bigint | undefined> {
    const result = await this.run('the head position was not read', () =>
      this.pool.query<[string | null]>({ text: `SELECT max(position) FROM ${quoted(this.schema)}.events`, rowMode: 'array' }),
    );
    const head = result.rows[0]?.[0];
    return head === null || head === undefined ? undefined : BigInt(head);
  }

  async dispose(): Promise<void> {
    if (this.disposed) return;
    await Promise.all([...this.subscriptions].map((subscription) => subscription.unsubscribe()));
    this.disposed = true;
    // Appends made while the subscriptions were ending still get their outcome before the pool closes.
    await this.writer.settled();
    // Reads still on their way (a page asked for ahead by a reader that stopped) end before the pool does.
    await Promise.allSettled([...this.running]);
    await this.listener.stop();
    await this.pool.end();
  }

  private requireOpen(): void {
    if (this.disposed) throw new StoreUnavailableError(`The event store in PostgreSQL schema "${this.schema}" has been disposed; open it again to use it.`);
  }

  private failure(error: unknown, what: string): unknown {
    return asPostgresFailure(error, this.server, what);
  }

  /** Refused after dispose; errors passed on untranslated, for subscriptions to tell a lost connection from the rest. */
  private async guardOpen<A>(action: () => Promise<A>): Promise<A> {
    this.requireOpen();
    return action();
  }

  /** Every other database action goes through here: refused after dispose, failures translated. */
  private async run<A>(what: string, action: () => Promise<A>): Promise<A> {
    const running = this.untracked(what, action);
    this.running.add(running);
    try {
      return await running;
    } finally {
      this.running.delete(running);
    }
  }

  /** As `run`, but never waited for by `dispose`: for waits that may last as long as someone else's transaction. */
  private async untracked<A>(what: string, action: () => Promise<A>): Promise<A> {
    this.requireOpen();
    try {
      return await action();
    } catch (error) {
      throw this.failure(error, what);
    }
  }
}
