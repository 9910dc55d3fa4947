import Database from 'better-sqlite3';
import { metadataNotRead } from '@send-hub/event-store';
import { openSqliteEventStore, type SqliteEventStore } from '../src';
import { collect, newEvents } from './support/events';
import { useTemporaryFolder } from './support/temporary-files';

const temporary = useTemporaryFolder();
let store: SqliteEventStore;

/** Damages rows behind the store's back, as a faulty disk or a careless manual edit would. */
const damage = (column: 'data' | 'metadata', position: number, text: string): void => {
  const database = new Database(temporary.file());
  database.prepare(`UPDATE events SET ${column} = ? WHERE position = ?`).run(text, position);
  database.close();
};

beforeEach(async () => {
  store = openSqliteEventStore({ file: temporary.file(), pageSize: 2 });
  await store.append('case-a', newEvents(3), 'no_stream');
  await store.append('case-b', newEvents(2), 'no_stream');
});
afterEach(() => store.dispose());

describe('a corrupted stored event', () => {
  it('is yielded with corruption set and no data, and reading goes on past it', async () => {
    damage('data', 2, '{"index": 1');
    const all = await collect(store.readAll());
    expect(all.map((event) => event.position)).toEqual([1n, 2n, 3n, 4n, 5n]);
    const broken = all[1];
    expect(broken).toMatchObject({ streamId: 'case-a', revision: 1n, type: 'ReferralReceived', data: undefined });
    expect(broken?.corruption).toMatch(
      /^The stored data of event 1 of "case-a" \(position 2, type "ReferralReceived"\) is not valid JSON: .+\.$/,
    );
    expect(all.filter((event) => event.corruption !== undefined)).toHaveLength(1);
    expect((await store.readStream('case-b')).map((event) => event.data)).toEqual([{ index: 0 }, { index: 1 }]);
  });

  it('is reported the same way when its metadata is unreadable, keeping the fields that are intact', async () => {
    damage('metadata', 4, 'not json');
    const [first, second] = await store.readStream('case-b');
    expect(first?.corruption).toMatch(/^The stored metadata of event 0 of "case-b" \(position 4/);
    expect(first).toMatchObject({ eventId: expect.any(String), data: undefined, metadata: { recordedAt: '' } });
    expect(second?.corruption).toBeUndefined();
  });

  it('goes unread by a reader that skips metadata, which still finds damaged data', async () => {
    damage('metadata', 4, 'not json');
    damage('data', 5, 'not json either');
    const all = await collect(store.readAll({ metadata: 'skip' }));
    expect(all.map((event) => [event.position, event.metadata === metadataNotRead, event.corruption === undefined])).toEqual([
      [1n, true, true],
      [2n, true, true],
      [3n, true, true],
      [4n, true, true],
      [5n, true, false],
    ]);
    expect(all[3]?.data).toEqual({ index: 0 });
    expect(all[4]?.corruption).toMatch(/^The stored data of event 1 of "case-b" \(position 5/);
  });

  it('reaches subscribers too, without ending the subscription', async () => {
    damage('data', 1, '');
    const subscription = store.subscribeToAll();
    const kinds: string[] = [];
    for await (const message of subscription) {
      kinds.push(message.kind === 'event' ? (message.event.corruption === undefined ? 'event' : 'corrupted') : 'caught up');
      if (message.kind === 'caughtUp') break;
    }
    expect(kinds).toEqual(['corrupted', 'event', 'event', 'event', 'event', 'caught up']);
  });
});
