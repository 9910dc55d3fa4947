import type { Pool, PoolClient } from 'pg';
import { InvalidEventError } from '@send-hub/event-store';
import { isConnectionFailure, isUniqueViolation } from '../connection/postgres-failure';
import { appendBatch, type AppendOutcome, type BatchOutcome, type PendingAppend } from './append-batch';

interface Queued {
  readonly append: PendingAppend;
  readonly resolve: (outcome: AppendOutcome) => void;
  readonly reject: (error: unknown) => void;
}

/** How the writer reaches the server and reports its failures. */
export interface WriterContext {
  readonly pool: Pool;
  readonly schema: string;
  readonly channel: string;
  readonly groupCommit: boolean;
  /** Turns a failure of the server into a `StoreUnavailableError` naming it; bugs pass through. */
  readonly failure: (error: unknown) => unknown;
  /**
   * Told once for each committed transaction that wrote events, with the last position it
   * wrote: the position its notification carries (`append_events`), however many appends
   * shared it. Told before any of those appends has its outcome.
   */
  readonly committed: (lastPosition: bigint) => void;
}

/** The last position the appends of one transaction wrote, as its notification carries it; undefined when it wrote no event. */
const lastPositionOf = (batch: ReadonlyArray<Queued>, outcomes: ReadonlyArray<BatchOutcome>): bigint | undefined => {
  let last: bigint | undefined;
  outcomes.forEach((outcome, index) => {
    if (outcome instanceof InvalidEventError || outcome._tag === 'Left' || (batch[index]?.append.events.length ?? 0) === 0) return;
    if (last === undefined || outcome.right.position > last) last = outcome.right.position;
  });
  return last;
};

const settle = (queued: Queued, outcome: BatchOutcome): void => {
  if (outcome instanceof InvalidEventError) queued.reject(outcome);
  else queued.resolve(outcome);
};

/**
 * Writes appends in transactions. With group commit, appends that arrive while a
 * transaction is in flight wait and then share the next one (one commit, one flush of the
 * server's log for all of them), as store-sqlite's group commit does; without it, each
 * append takes a transaction of its own at once, over the pool.
 */
export class AppendWriter {
  private readonly queue: Queued[] = [];
  private writing: Promise<void> | undefined;

  constructor(private readonly context: WriterContext) {}

  submit(append: PendingAppend): Promise<AppendOutcome> {
    return new Promise<AppendOutcome>((resolve, reject) => {
      const queued = { append, resolve, reject };
      if (!this.context.groupCommit) {
        void this.write([queued]);
        return;
      }
      this.queue.push(queued);
      this.writing ??= this.drain();
    });
  }

  /** Resolves once every append submitted so far has its outcome. */
  async settled(): Promise<void> {
    while (this.writing !== undefined) await this.writing;
  }

  private async drain(): Promise<void> {
    while (this.queue.length > 0) await this.write(this.queue.splice(0));
    this.writing = undefined;
  }

  private async write(batch: ReadonlyArray<Queued>): Promise<void> {
    let client: PoolClient;
    try {
      client = await this.context.pool.connect();
    } catch (error) {
      for (const queued of batch) queued.reject(this.context.failure(error));
      return;
    }
    let broken = false;
    try {
      await this.writeOn(client, batch);
    } catch (error) {
      broken = isConnectionFailure(error);
      for (const queued of batch) queued.reject(this.context.failure(error));
    } finally {
      client.release(broken);
    }
  }

  private async writeOn(client: PoolClient, batch: ReadonlyArray<Queued>): Promise<void> {
    const { schema, channel } = this.context;
    for (;;) {
      try {
        // No BEGIN: the batch writes in one statement, which is a transaction of its own.
        const outcomes = await appendBatch(client, schema, channel, batch.map((queued) => queued.append));
        const lastPosition = lastPositionOf(batch, outcomes);
        if (lastPosition !== undefined) this.context.committed(lastPosition);
        outcomes.forEach((outcome, index) => {
          const queued = batch[index];
          if (queued !== undefined) settle(queued, outcome);
        });
        return;
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
      }
      // Another process took a revision between our read and our insert. A batch is
      // retried one append at a time, so that only the losers lose.
      if (batch.length > 1) {
        for (const queued of batch) await this.writeOn(client, [queued]);
        return;
      }
      // One append runs again: it reads the stream afresh, so it lands ("any") or loses as the conflict it now is.
    }
  }
}
