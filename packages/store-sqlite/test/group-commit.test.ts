import Database from 'better-sqlite3';
import { StoreUnavailableError, type NewEvent } from '@send-hub/event-store';
import { isLeft, isRight } from 'fp-ts/Either';
import { openSqliteEventStore, type SqliteEventStoreOptions } from '../src';
import { loneGroupsBeforeCommittingAtOnce, samplingEvery } from '../src/database/group-commit';
import { collect, newEvent, newEvents, placeOf } from './support/events';
import { useTemporaryFolder } from './support/temporary-files';

const temporary = useTemporaryFolder();

/**
 * Counts the COMMITs the connections opened from now on run, by watching the statements they
 * prepare; with `failing`, each COMMIT throws that error instead (as a disk failing at the flush would).
 */
const countingCommits = (failing?: Error): { commits: () => number; stop: () => void } => {
  let commits = 0;
  const prepare = Database.prototype.prepare;
  const spy = jest.spyOn(Database.prototype, 'prepare').mockImplementation(function (this: Database.Database, source: string) {
    const statement = prepare.call(this, source);
    if (source !== 'COMMIT') return statement;
    statement.run = new Proxy(statement.run, {
      apply: (run, self, parameters) => {
        commits += 1;
        if (failing !== undefined) throw failing;
        return Reflect.apply(run, self, parameters) as unknown;
      },
    });
    return statement;
  });
  return { commits: () => commits, stop: () => spy.mockRestore() };
};

const openStore = (options: Partial<SqliteEventStoreOptions> = {}) => openSqliteEventStore({ file: temporary.file(), ...options });

/** What another connection on the same file sees: only what has been committed. */
const committedCount = (file: string): number => {
  const reader = new Database(file, { readonly: true });
  try {
    return Number((reader.prepare('SELECT count(*) AS count FROM events').get() as { count: number | bigint }).count);
  } finally {
    reader.close();
  }
};

/** Where the events land when each stream got one, in this order. */
const oneEventEach = (streams: ReadonlyArray<string>): Array<[string, bigint, bigint]> => streams.map((stream, index) => [stream, 0n, BigInt(index + 1)]);

describe('group commit: appends that arrive together', () => {
  afterEach(() => jest.restoreAllMocks());

  it('share one transaction and one commit, landing in the order they were made', async () => {
    const counter = countingCommits();
    const store = openStore();
    const streams = Array.from({ length: 20 }, (_, index) => `case-${index}`);
    const outcomes = await Promise.all(streams.map((stream) => store.append(stream, newEvents(2), 'no_stream')));
    counter.stop();
    expect(counter.commits()).toBe(1);
    expect(outcomes.map((outcome) => isRight(outcome) && outcome.right.position)).toEqual(streams.map((_, index) => BigInt(2 * index + 2)));
    const stored = await collect(store.readAll());
    expect(stored.map(placeOf)).toEqual(streams.flatMap((stream, index) => [
      [stream, 0n, BigInt(2 * index + 1)],
      [stream, 1n, BigInt(2 * index + 2)],
    ]));
    await store.dispose();
  });

  it('are acknowledged only once committed: nothing is visible to another reader before', async () => {
    const store = openStore();
    const appended = Promise.all([store.append('case-a', newEvents(1), 'no_stream'), store.append('case-b', newEvents(1), 'no_stream')]);
    expect(committedCount(temporary.file())).toBe(0);
    await appended;
    expect(committedCount(temporary.file())).toBe(2);
    await store.dispose();
  });

  it('keep each its own revision check: a conflict fails only its own append, and the others land', async () => {
    const counter = countingCommits();
    const store = openStore();
    await store.append('case-a', newEvents(1), 'no_stream');
    const commitsBefore = counter.commits();
    const [before, stale, after, sameStreamFirst, sameStreamSecond] = await Promise.all([
      store.append('case-b', newEvents(1), 'no_stream'),
      store.append('case-a', newEvents(1), 5n),
      store.append('case-c', newEvents(1), 'no_stream'),
      store.append('case-d', newEvents(1), 'no_stream'),
      // Made together with the one before: it meets the stream that one has just created.
      store.append('case-d', newEvents(1), 'no_stream'),
    ]);
    counter.stop();
    expect(counter.commits() - commitsBefore).toBe(1);
    expect([before, after, sameStreamFirst].every(isRight)).toBe(true);
    expect(isLeft(stale) && stale.left).toMatchObject({ code: 'concurrency-conflict', streamId: 'case-a', expected: 5n, actual: 0n });
    expect(isLeft(sameStreamSecond) && sameStreamSecond.left).toMatchObject({ code: 'concurrency-conflict', streamId: 'case-d', actual: 0n });
    expect((await collect(store.readAll())).map(placeOf)).toEqual(oneEventEach(['case-a', 'case-b', 'case-c', 'case-d']));
    await store.dispose();
  });

  it('roll back only the append that fails, with no part of it written', async () => {
    const store = openStore();
    await store.append('case-a', newEvents(1), 'no_stream');
    type Insert = { run: (...row: unknown[]) => unknown };
    const internals = store as unknown as { statements: { insert: Insert } };
    const realInsert = internals.statements.insert;
    // As if another writer took case-a's revision 2 between the check and the insert: the
    // second of its three events hits UNIQUE (stream, revision) after the first was inserted.
    internals.statements.insert = {
      run: (...row: unknown[]) => {
        if (row[0] === 'case-a' && row[1] === 2n) throw Object.assign(new Error('UNIQUE constraint failed: events.stream_id, events.revision'), { code: 'SQLITE_CONSTRAINT_UNIQUE' });
        return realInsert.run(...row);
      },
    };
    const outcomes = await Promise.all([
      store.append('case-b', newEvents(1), 'no_stream'),
      store.append('case-a', newEvents(3), 'any'),
      store.append('case-z', [], 'any'),
      store.append('case-c', newEvents(1), 'no_stream'),
    ].map((append) => append.catch((error: unknown) => error)));
    internals.statements.insert = realInsert;
    expect(isRight(outcomes[0] as never)).toBe(true);
    expect(outcomes[1]).toMatchObject({ _tag: 'Left', left: { code: 'concurrency-conflict', streamId: 'case-a', actual: 0n } });
    expect(outcomes[2]).toMatchObject({ name: 'InvalidEventError' });
    expect(isRight(outcomes[3] as never)).toBe(true);
    expect((await collect(store.readAll())).map(placeOf)).toEqual(oneEventEach(['case-a', 'case-b', 'case-c']));
    await store.dispose();
  });

  it('fail alone when one does not fit on a full disk, while the small ones land', async () => {
    const store = openStore();
    await store.append('case-a', newEvents(1), 'no_stream');
    const limiter = new Database(temporary.file());
    const pages = Number(limiter.pragma('page_count', { simple: true }));
    limiter.close();
    const internals = store as unknown as { database: Database.Database };
    internals.database.pragma(`max_page_count = ${pages + 4}`);
    const huge: NewEvent[] = [newEvent({ padding: 'x'.repeat(200_000) })];
    const outcomes = await Promise.all([
      store.append('case-b', newEvents(1), 'no_stream'),
      store.append('case-huge', huge, 'no_stream'),
      store.append('case-c', newEvents(1), 'no_stream'),
    ].map((append) => append.catch((error: unknown) => error)));
    expect(isRight(outcomes[0] as never)).toBe(true);
    expect(outcomes[1]).toBeInstanceOf(StoreUnavailableError);
    expect(String(outcomes[1])).toContain('is full');
    expect(isRight(outcomes[2] as never)).toBe(true);
    expect((await collect(store.readAll())).map((event) => event.streamId)).toEqual(['case-a', 'case-b', 'case-c']);
    await store.dispose();
  });

  it('all fail, none acknowledged, when the write lock cannot be taken', async () => {
    const store = openStore({ busyTimeoutMs: 50 });
    const holder = new Database(temporary.file());
    holder.exec('BEGIN IMMEDIATE');
    const outcomes = await Promise.all(['case-a', 'case-b'].map((stream) => store.append(stream, newEvents(1), 'no_stream').catch((error: unknown) => error)));
    holder.exec('ROLLBACK');
    holder.close();
    for (const outcome of outcomes) expect(String(outcome)).toContain('is locked by another program that is writing to it; we waited 50 ms');
    expect(await store.headPosition()).toBeUndefined();
    await store.dispose();
  });

  it('all fail, none acknowledged and none written, when the commit itself fails', async () => {
    const counter = countingCommits(Object.assign(new Error('disk I/O error'), { code: 'SQLITE_IOERR_FSYNC' }));
    const store = openStore();
    const outcomes = await Promise.all(['case-a', 'case-b'].map((stream) => store.append(stream, newEvents(1), 'no_stream').catch((error: unknown) => error)));
    counter.stop();
    for (const outcome of outcomes) {
      expect(outcome).toBeInstanceOf(StoreUnavailableError);
      expect(String(outcome)).toContain('the disk reported an error (SQLITE_IOERR_FSYNC)');
    }
    expect(counter.commits()).toBe(1);
    expect(await store.headPosition()).toBeUndefined();
    await store.dispose();
  });

  it('made just before dispose still land before the file closes', async () => {
    const store = openStore();
    const appended = store.append('case-a', newEvents(2), 'no_stream');
    await store.dispose();
    expect(isRight(await appended)).toBe(true);
    expect(committedCount(temporary.file())).toBe(2);
  });

  it('each commit at once, in a transaction of their own, with groupCommit: false', async () => {
    const counter = countingCommits();
    const store = openStore({ groupCommit: false });
    const appended = [store.append('case-a', newEvents(1), 'no_stream'), store.append('case-b', newEvents(1), 'no_stream')];
    expect(committedCount(temporary.file())).toBe(2);
    await Promise.all(appended);
    counter.stop();
    expect(counter.commits()).toBe(2);
    await store.dispose();
  });
});

describe('group commit: a lone writer', () => {
  afterEach(() => jest.restoreAllMocks());

  /** Appends one event to each of `count` new streams, one after another, each awaited. */
  const appendInTurn = async (store: ReturnType<typeof openStore>, from: number, count: number) => {
    for (let index = from; index < from + count; index += 1) expect(isRight(await store.append(`case-${index}`, newEvents(1), 'no_stream'))).toBe(true);
  };

  it('waits for nobody once its groups have held one write each: its appends commit as they are made, and one in each sampling round waits again', async () => {
    const store = openStore();
    const file = temporary.file();
    await appendInTurn(store, 0, loneGroupsBeforeCommittingAtOnce);
    const seenAtOnce: boolean[] = [];
    for (let index = loneGroupsBeforeCommittingAtOnce; index < loneGroupsBeforeCommittingAtOnce + samplingEvery - 1; index += 1) {
      const appended = store.append(`case-${index}`, newEvents(1), 'no_stream');
      seenAtOnce.push(committedCount(file) === index + 1);
      expect(isRight(await appended)).toBe(true);
    }
    expect(seenAtOnce).toEqual(Array.from({ length: samplingEvery - 1 }, () => true));
    const sampled = store.append('case-sampled', newEvents(1), 'no_stream');
    const before = loneGroupsBeforeCommittingAtOnce + samplingEvery - 1;
    expect(committedCount(file)).toBe(before);
    expect(isRight(await sampled)).toBe(true);
    expect(committedCount(file)).toBe(before + 1);
    await store.dispose();
  });

  it('groups writers again from the first sample that finds them, each append landing once, in order', async () => {
    const counter = countingCommits();
    const store = openStore();
    await appendInTurn(store, 0, loneGroupsBeforeCommittingAtOnce);
    expect(counter.commits()).toBe(loneGroupsBeforeCommittingAtOnce);
    const arriving = Array.from({ length: 30 }, (_, index) => `arriving-${index}`);
    const outcomes = await Promise.all(arriving.map((stream) => store.append(stream, newEvents(1), 'no_stream')));
    // Committed as they came until the sample, which gathers every later one into one group.
    expect(counter.commits()).toBe(loneGroupsBeforeCommittingAtOnce + samplingEvery);
    const again = Array.from({ length: 20 }, (_, index) => `again-${index}`);
    await Promise.all(again.map((stream) => store.append(stream, newEvents(1), 'no_stream')));
    counter.stop();
    expect(counter.commits()).toBe(loneGroupsBeforeCommittingAtOnce + samplingEvery + 1);
    const first = BigInt(loneGroupsBeforeCommittingAtOnce);
    expect(outcomes.map((outcome) => isRight(outcome) && outcome.right.position)).toEqual(arriving.map((_, index) => first + BigInt(index + 1)));
    const stored = await collect(store.readAll());
    expect(stored.map(placeOf).slice(loneGroupsBeforeCommittingAtOnce)).toEqual(oneEventEach([...arriving, ...again]).map(([stream, revision, position]) => [stream, revision, position + first]));
    await store.dispose();
  });
});
