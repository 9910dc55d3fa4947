import { readAllInPages, type CheckpointStore, type EventStore, type RecordedEvent, type Subscription } from '@send-hub/event-store';
import type { UndecodableEvent } from '@send-hub/hub';
import { ProjectionFold, type FoldOptions } from './projection-fold';
import { metadataChoiceOf, type Projection, type UnreadableProjectionState } from './projection';
import { ProgressMeter, type ProgressOptions } from './progress';
import { saveCadence, type SaveCadence } from './save-cadence';

export interface ProjectionRunnerOptions<Model> extends FoldOptions, ProgressOptions {
  readonly store: EventStore;
  readonly checkpoints: CheckpointStore;
  readonly projection: Projection<Model>;
  /**
   * Save the model and its checkpoint after this many new events; default 1,000. A save
   * writes the whole model, so a save is also put off until the time since the last one
   * is 39 times what this one is expected to take (the last one's time, scaled by how
   * much more has been folded since): saving takes about a fortieth of the runner's time at
   * most, however large the model grows, and a rebuild that cannot keep to that saves once,
   * when it has caught up.
   */
  readonly saveEvery?: number;
  /** Told when the saved state cannot be read; the runner then rebuilds from the first event. */
  readonly onUnreadableState?: (problem: UnreadableProjectionState) => void;
  /**
   * Told at once when following fails for good (the store or the checkpoint store is
   * unavailable); the runner stops following and `stop()` throws the same error.
   */
  readonly onFailure?: (error: unknown) => void;
}

export const defaultSaveEvery = 1_000;

interface Run<Model> {
  readonly fold: ProjectionFold<Model>;
  /** Stops reading and following; `finished` then settles. */
  readonly end: () => Promise<void>;
  readonly finished: Promise<void>;
}

/**
 * Keeps one read model up to date: catches up from its saved checkpoint, then follows
 * live events. The model and its position are saved together (the checkpoint store
 * does it atomically) every `saveEvery` events or so, when caught up and when stopped, so a
 * restart resumes exactly where the saved model stands.
 */
export class ProjectionRunner<Model> {
  private run: Run<Model> | undefined;
  private savedPosition: bigint | undefined;
  private failure: unknown;
  private waiters: Array<{ readonly position: bigint; readonly resolve: () => void; readonly reject: (error: unknown) => void }> = [];

  constructor(private readonly options: ProjectionRunnerOptions<Model>) {}

  /** Loads the saved model and follows the store from its checkpoint; resolves once caught up. */
  async start(): Promise<void> {
    if (this.run !== undefined) return;
    const { projection, checkpoints } = this.options;
    const snapshot = await checkpoints.load(projection.name);
    let start = { model: projection.initial(), position: undefined as bigint | undefined };
    if (snapshot !== undefined) {
      const saved = projection.deserialise(snapshot.state);
      if (saved._tag === 'Right') {
        start = { model: saved.right, position: snapshot.position };
      } else {
        this.options.onUnreadableState?.(saved.left);
        await checkpoints.reset(projection.name);
      }
    }
    this.savedPosition = start.position;
    await this.follow(new ProjectionFold(projection, start, this.options));
  }

  /** Stops following and saves the model with its checkpoint. Safe to call twice. */
  async stop(): Promise<void> {
    const run = this.run;
    if (run === undefined) return;
    this.run = undefined;
    await run.end();
    await run.finished;
    if (this.failure === undefined) await this.save(run.fold);
    this.rejectWaiters(new Error(`The "${this.options.projection.name}" read model was stopped.`));
    const failure = this.failure;
    this.failure = undefined;
    if (failure !== undefined) throw failure;
  }

  /** Forgets the saved model and builds it again from the first event; resolves once caught up. */
  async rebuild(): Promise<void> {
    const run = this.run;
    this.run = undefined;
    if (run !== undefined) {
      await run.end();
      await run.finished;
    }
    this.failure = undefined;
    await this.options.checkpoints.reset(this.options.projection.name);
    this.savedPosition = undefined;
    await this.follow(new ProjectionFold(this.options.projection, { model: this.options.projection.initial(), position: undefined }, this.options));
  }

  /**
   * Answers a query from the current model. The query must build its answer afresh
   * (as the read models' own queries do), since the model keeps changing after it returns.
   */
  query<Result>(read: (model: Model) => Result): Result {
    if (this.run === undefined) throw new Error(`The "${this.options.projection.name}" read model is not running: start it before querying.`);
    return read(this.run.fold.model);
  }

  get position(): bigint | undefined {
    return this.run?.fold.position ?? this.savedPosition;
  }

  /** The events this run could not read, each named by stream and revision. */
  get undecodable(): ReadonlyArray<UndecodableEvent> {
    return this.run?.fold.undecodable ?? [];
  }

  /** Resolves once the model has handled every event up to `position` (for a read after a write). */
  waitFor(position: bigint): Promise<void> {
    const current = this.position;
    if (current !== undefined && current >= position) return Promise.resolve();
    if (this.failure !== undefined) return Promise.reject(this.failure);
    if (this.run === undefined) return Promise.reject(new Error(`The "${this.options.projection.name}" read model is not running.`));
    return new Promise((resolve, reject) => this.waiters.push({ position, resolve, reject }));
  }

  private async follow(fold: ProjectionFold<Model>): Promise<void> {
    const { store, projection } = this.options;
    const meter = new ProgressMeter(projection.name, await store.headPosition(), this.options);
    let ended = false;
    let subscription: Subscription | undefined;
    const end = async () => {
      ended = true;
      await subscription?.unsubscribe();
    };
    let caughtUp: { resolve: () => void; reject: (error: unknown) => void } | undefined;
    const whenCaughtUp = new Promise<void>((resolve, reject) => (caughtUp = { resolve, reject }));
    const catchUpThenFollow = async () => {
      const cadence = saveCadence(this.options.saveEvery ?? defaultSaveEvery, this.options.now ?? (() => performance.now()));
      // What is stored is read a page at a time (a wait a page, not an event, over millions of
      // events); the subscription then starts where that left off, for the rest and what comes live.
      for await (const page of readAllInPages(store, { after: fold.position, metadata: metadataChoiceOf(projection) })) {
        if (ended) return;
        for (const event of page) if (this.handle(fold, event, meter, cadence)) await cadence.save(() => this.save(fold));
      }
      if (ended) return;
      subscription = store.subscribeToAll(fold.position === undefined ? {} : { after: fold.position });
      await this.consume(fold, subscription, meter, cadence, () => caughtUp?.resolve());
    };
    const finished = catchUpThenFollow().catch((error: unknown) => {
      this.failure = error;
      caughtUp?.reject(error);
      this.rejectWaiters(error);
      this.options.onFailure?.(error);
      return subscription?.unsubscribe();
    });
    this.run = { fold, end, finished };
    try {
      await whenCaughtUp;
    } catch (error) {
      // A run that failed before catching up is over: leave the runner ready for another start.
      this.run = undefined;
      this.failure = undefined;
      await end();
      throw error;
    }
  }

  private async consume(fold: ProjectionFold<Model>, subscription: Subscription, meter: ProgressMeter, cadence: SaveCadence, onCaughtUp: () => void): Promise<void> {
    for await (const message of subscription) {
      if (message.kind === 'caughtUp') {
        // Timed like any other save: after a catch-up it is the largest yet, and the next is judged by it.
        await cadence.save(() => this.save(fold));
        meter.finish(fold.position);
        onCaughtUp();
      } else if (this.handle(fold, message.event, meter, cadence)) {
        await cadence.save(() => this.save(fold));
      }
    }
  }

  /** Feeds one event; true when it is time to save. */
  private handle(fold: ProjectionFold<Model>, event: RecordedEvent, meter: ProgressMeter, cadence: SaveCadence): boolean {
    if (!fold.feed(event)) return false;
    meter.count(fold.position);
    this.resolveWaiters(fold.position);
    return cadence.due();
  }

  private async save(fold: ProjectionFold<Model>): Promise<void> {
    const position = fold.position;
    if (position === undefined || position === this.savedPosition) return;
    const { projection, checkpoints } = this.options;
    await checkpoints.save(projection.name, { position, state: projection.serialise(fold.model) });
    this.savedPosition = position;
  }

  private resolveWaiters(position: bigint | undefined): void {
    if (position === undefined || this.waiters.length === 0) return;
    const ready = this.waiters.filter((waiter) => waiter.position <= position);
    if (ready.length === 0) return;
    this.waiters = this.waiters.filter((waiter) => waiter.position > position);
    for (const waiter of ready) waiter.resolve();
  }

  private rejectWaiters(error: unknown): void {
    const waiting = this.waiters;
    this.waiters = [];
    for (const waiter of waiting) waiter.reject(error);
  }
}
