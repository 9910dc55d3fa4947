import type Database from 'better-sqlite3';

/** How many groups of one write in a row show a lone writer, whose writes are then committed as they come. */
export const loneGroupsBeforeCommittingAtOnce = 4;

/** While writes are committed as they come, one in this many still waits for a group, to see whether other writers have come. */
export const samplingEvery = 16;

/** One write waiting for the next group. */
interface QueuedWrite {
  /** Runs the write inside the group's transaction; returns what acknowledges it once the group has committed. */
  readonly write: () => () => void;
  readonly fail: (error: unknown) => void;
}

/**
 * Writes that arrive together share one transaction and one commit: with `synchronous =
 * FULL`, one flush to the disk for the whole group instead of one each. A write is queued
 * when it is submitted; the queue is committed once the callers that were running have
 * had their turn (on the event loop's next check phase), so every write submitted in the
 * meantime joins the group. Each write runs under a savepoint of its own, so a write that
 * throws is rolled back alone and the others land. A write is acknowledged (its promise
 * resolves) only after the group's COMMIT has returned: an acknowledgement means durable.
 *
 * A group is worth waiting for only when other writers are there to join it: the wait costs a
 * turn of the event loop, a tenth of a lone writer's command. So, as PostgreSQL's
 * `commit_siblings` waits only when other transactions are open, a store whose last
 * `loneGroupsBeforeCommittingAtOnce` groups each held one write commits the next write as it
 * is submitted, in a transaction of its own, as with `groupCommit: false`; and one write in
 * `samplingEvery` still waits for a group, to see whether others have come. A sample that
 * gathers another write ends committing at once. The acknowledgement means durable either way.
 *
 * When SQLite abandons the whole transaction part way (a full disk, an I/O error), the
 * write that hit it fails and every other write of the group is run again in a new group,
 * so that each gets an outcome of its own. When the lock cannot be taken or the commit
 * itself fails, nothing of the group was written, and every write of it fails with that error.
 */
export class GroupCommit {
  private queue: QueuedWrite[] = [];
  private scheduled: NodeJS.Immediate | undefined;
  /** Groups of one write in a row, counted among those that waited. */
  private loneGroups = 0;
  /** Writes committed as they came since the last sample. */
  private committedAtOnce = 0;
  private readonly statements: Readonly<Record<'begin' | 'commit' | 'rollback' | 'savepoint' | 'release' | 'rollbackToSavepoint', Database.Statement>>;

  /**
   * `translate` turns a failure of the machine into the error callers are given (for example
   * `StoreUnavailableError`). With `grouping` false, every write is committed as it is
   * submitted, in a transaction of its own (the stores' `groupCommit: false`).
   */
  constructor(
    private readonly database: Database.Database,
    private readonly translate: (error: unknown) => unknown,
    private readonly grouping = true,
  ) {
    this.statements = {
      // IMMEDIATE takes the write lock before anything is read, so that two processes on one
      // file queue for it (up to the busy timeout) instead of deadlocking on a lock upgrade.
      begin: database.prepare('BEGIN IMMEDIATE'),
      commit: database.prepare('COMMIT'),
      rollback: database.prepare('ROLLBACK'),
      savepoint: database.prepare('SAVEPOINT grouped_write'),
      release: database.prepare('RELEASE grouped_write'),
      rollbackToSavepoint: database.prepare('ROLLBACK TO grouped_write'),
    };
  }

  /** Queues `write` for the next group; resolves with its result once the group is committed. */
  submit<Result>(write: () => Result): Promise<Result> {
    return new Promise<Result>((resolve, reject) => {
      this.queue.push({
        write: () => {
          const result = write();
          return () => resolve(result);
        },
        fail: reject,
      });
      if (this.scheduled !== undefined) return;
      if (!this.grouping) {
        this.flush();
        return;
      }
      if (this.queue.length === 1 && this.loneGroups >= loneGroupsBeforeCommittingAtOnce && this.committedAtOnce < samplingEvery - 1) {
        this.committedAtOnce += 1;
        this.flush();
        return;
      }
      this.committedAtOnce = 0;
      this.scheduled = setImmediate(() => this.flushWaited());
    });
  }

  /** Commits the writes that waited for a group, counting how many came. */
  private flushWaited(): void {
    this.scheduled = undefined;
    this.loneGroups = this.queue.length === 1 ? this.loneGroups + 1 : 0;
    this.flush();
  }

  /** Commits every queued write now (before the database is closed, for one). */
  flush(): void {
    if (this.scheduled !== undefined) clearImmediate(this.scheduled);
    this.scheduled = undefined;
    let group: ReadonlyArray<QueuedWrite> = this.queue;
    this.queue = [];
    while (group.length > 0) group = this.commitGroup(group);
  }

  /** Runs one group in one transaction, settling every write in it; returns the writes to run again in a new group. */
  private commitGroup(group: ReadonlyArray<QueuedWrite>): ReadonlyArray<QueuedWrite> {
    try {
      this.statements.begin.run();
    } catch (error) {
      return this.failAll(group, error);
    }
    const settlements: Array<() => void> = [];
    for (const [index, queued] of group.entries()) {
      try {
        this.statements.savepoint.run();
        const acknowledge = queued.write();
        this.statements.release.run();
        settlements.push(acknowledge);
      } catch (error) {
        if (!this.database.inTransaction) {
          queued.fail(this.translate(error));
          return group.filter((_, other) => other !== index);
        }
        this.statements.rollbackToSavepoint.run();
        this.statements.release.run();
        settlements.push(() => queued.fail(this.translate(error)));
      }
    }
    try {
      this.statements.commit.run();
    } catch (error) {
      if (this.database.inTransaction) this.statements.rollback.run();
      return this.failAll(group, error);
    }
    for (const settle of settlements) settle();
    return [];
  }

  private failAll(group: ReadonlyArray<QueuedWrite>, error: unknown): ReadonlyArray<QueuedWrite> {
    const failure = this.translate(error);
    for (const queued of group) queued.fail(failure);
    return [];
  }
}
