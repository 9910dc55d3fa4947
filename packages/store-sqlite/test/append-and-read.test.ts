import { isLeft, right } from 'fp-ts/Either';
import { openSqliteEventStore, type SqliteEventStore } from '../src';
import { collect, newEvent, newEvents, placeOf } from './support/events';
import { useTemporaryFolder } from './support/temporary-files';

const temporary = useTemporaryFolder();
let store: SqliteEventStore;

beforeEach(() => {
  store = openSqliteEventStore({ file: temporary.file(), pageSize: 3 });
});
afterEach(() => store.dispose());

describe('appending', () => {
  it('gives each stream its own revisions from 0 and the store one global position from 1', async () => {
    expect(await store.append('case-a', newEvents(2), 'no_stream')).toEqual(right({ nextExpectedRevision: 1n, position: 2n }));
    expect(await store.append('case-b', newEvents(1), 'any')).toEqual(right({ nextExpectedRevision: 0n, position: 3n }));
    expect(await store.append('case-a', newEvents(1), 1n)).toEqual(right({ nextExpectedRevision: 2n, position: 4n }));
    const all = await collect(store.readAll());
    expect(all.map(placeOf)).toEqual([
      ['case-a', 0n, 1n],
      ['case-a', 1n, 2n],
      ['case-b', 0n, 3n],
      ['case-a', 2n, 4n],
    ]);
    expect(await store.headPosition()).toBe(4n);
  });

  it('returns what it was given: ids, types, schema versions, data and metadata', async () => {
    const event = newEvent({ child: 'C-1', needs: ['SEMH', 'ASD'], nested: { ok: true, count: 2 } }, 'CaseOpened');
    await store.append('case-a', [event], 'no_stream');
    const [stored] = await store.readStream('case-a');
    expect(stored).toEqual({ ...event, streamId: 'case-a', revision: 0n, position: 1n });
    expect(stored).not.toHaveProperty('corruption');
  });

  it('refuses a wrong expected revision with a conflict naming the actual revision, writing nothing', async () => {
    await store.append('case-a', newEvents(2), 'no_stream');
    const stale = await store.append('case-a', newEvents(3), 0n);
    expect(isLeft(stale) && stale.left).toMatchObject({ code: 'concurrency-conflict', streamId: 'case-a', expected: 0n, actual: 1n });
    const exists = await store.append('case-a', newEvents(1), 'no_stream');
    expect(isLeft(exists) && exists.left.actual).toBe(1n);
    const missing = await store.append('case-z', newEvents(1), 'stream_exists');
    expect(isLeft(missing) && missing.left).toMatchObject({ actual: undefined });
    expect(await store.headPosition()).toBe(2n);
  });

  it('accepts an empty append to an existing stream as a check of its revision', async () => {
    await store.append('case-a', newEvents(2), 'no_stream');
    expect(await store.append('case-a', [], 1n)).toEqual(right({ nextExpectedRevision: 1n, position: 2n }));
    await expect(store.append('case-new', [], 'any')).rejects.toThrow('has no events and the stream does not exist');
  });
});

describe('reading', () => {
  beforeEach(async () => {
    await store.append('case-a', newEvents(4), 'no_stream');
    await store.append('meeting-1', newEvents(3), 'no_stream');
    await store.append('case-b', newEvents(4), 'no_stream');
  });

  it('reads one stream from a revision, at most a count, and nothing for an unknown stream', async () => {
    expect((await store.readStream('case-a', { fromRevision: 1n, maxCount: 2 })).map(placeOf)).toEqual([
      ['case-a', 1n, 2n],
      ['case-a', 2n, 3n],
    ]);
    expect(await store.readStream('case-unknown')).toEqual([]);
  });

  it('reads everything across page boundaries, after a position, up to a count', async () => {
    expect((await collect(store.readAll())).map((event) => event.position)).toEqual([1n, 2n, 3n, 4n, 5n, 6n, 7n, 8n, 9n, 10n, 11n]);
    expect((await collect(store.readAll({ after: 5n, maxCount: 4 }))).map((event) => event.position)).toEqual([6n, 7n, 8n, 9n]);
    expect(await collect(store.readAll({ maxCount: 0 }))).toEqual([]);
    expect(await collect(store.readAll({ after: 11n }))).toEqual([]);
  });

  it('reads the same events a page at a time, each page at most the page size and never empty', async () => {
    const pages = await collect(store.readAllPages({ after: 1n, maxCount: 8 }));
    expect(pages.map((page) => page.map((event) => event.position))).toEqual([
      [2n, 3n, 4n],
      [5n, 6n, 7n],
      [8n, 9n],
    ]);
    expect(pages.flat()).toEqual(await collect(store.readAll({ after: 1n, maxCount: 8 })));
    expect(await collect(store.readAllPages({ after: 11n }))).toEqual([]);
    expect((await collect(store.readAllPages({ after: 8n }))).map((page) => page.length)).toEqual([3]);
  });

  it('reads what was stored when readAll was called, however often it is looped over', async () => {
    const everything = store.readAll({ after: 9n });
    await store.append('case-b', newEvents(1), 3n);
    expect((await collect(everything)).map((event) => event.position)).toEqual([10n, 11n]);
    expect((await collect(everything)).map((event) => event.position)).toEqual([10n, 11n]);
    expect((await collect(store.readAll({ after: 9n }))).map((event) => event.position)).toEqual([10n, 11n, 12n]);
  });

  it('ends even while events are appended during the read', async () => {
    const seen: bigint[] = [];
    for await (const event of store.readAll()) {
      seen.push(event.position);
      await store.append('case-c', newEvents(1), 'any');
    }
    expect(seen).toEqual([1n, 2n, 3n, 4n, 5n, 6n, 7n, 8n, 9n, 10n, 11n]);
  });

  it('filters by stream prefix, across pages', async () => {
    const cases = await collect(store.readAll({ streamPrefix: 'case-' }));
    expect(cases.map((event) => event.position)).toEqual([1n, 2n, 3n, 4n, 8n, 9n, 10n, 11n]);
    expect(await collect(store.readAll({ streamPrefix: 'nothing-' }))).toEqual([]);
    // Characters that LIKE would treat as wildcards are plain text here.
    expect(await collect(store.readAll({ streamPrefix: 'case_' }))).toEqual([]);
  });

  it('refuses nonsense options, naming them', async () => {
    expect(() => store.readAll({ after: 3 as unknown as bigint })).toThrow('"after" must be a bigint');
    expect(() => store.readAll({ maxCount: -1 })).toThrow('"maxCount" must be a whole number');
    await expect(store.readStream('case-a', { fromRevision: -1n })).rejects.toThrow('"fromRevision" must be a bigint of at least 0n');
  });

  it('is refused after dispose with a clear error', async () => {
    await store.dispose();
    await expect(store.readStream('case-a')).rejects.toThrow('has been disposed');
  });
});

describe('a store in memory', () => {
  it('works without a file', async () => {
    const memory = openSqliteEventStore({ file: ':memory:' });
    await memory.append('case-a', newEvents(2), 'no_stream');
    expect((await collect(memory.readAll())).map(placeOf)).toEqual([
      ['case-a', 0n, 1n],
      ['case-a', 1n, 2n],
    ]);
    await memory.dispose();
  });
});
