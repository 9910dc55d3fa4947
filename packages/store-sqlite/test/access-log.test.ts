import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { readAccessLog, verifyAccessLog, type AccessRecord } from '@send-hub/access';
import { openSqliteAccessLog, openSqliteEventStore } from '@send-hub/store-sqlite';

const record = (childReference: string): AccessRecord => ({
  at: '2026-01-05T10:00:00.000Z',
  actor: { id: 'officer-7', role: 'hub-coordinator', agency: 'education' },
  read: 'case-record',
  childReference,
  purpose: 'to prepare the next meeting',
});

describe('the SQLite access log', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'send-hub-access-log-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('chains entries across openings and lists one child’s', async () => {
    const file = join(folder, 'hub.sqlite.access-log');
    const first = openSqliteAccessLog({ file });
    await first.append([record('CHILD-000001'), record('CHILD-000002')]);
    await first.dispose();
    const again = openSqliteAccessLog({ file });
    await again.append([record('CHILD-000001')]);
    expect(await verifyAccessLog(again)).toMatchObject({ entries: 3, problems: [] });
    expect((await readAccessLog(again, 'CHILD-000001')).entries.map((entry) => entry.sequence)).toEqual([1, 3]);
    await again.dispose();
  });

  it('refuses updates and deletions through SQLite, and verify reports an entry edited past the triggers', async () => {
    const file = join(folder, 'hub.sqlite.access-log');
    const log = openSqliteAccessLog({ file });
    await log.append([record('CHILD-000001'), record('CHILD-000002')]);
    await log.dispose();
    const database = new Database(file);
    expect(() => database.prepare('DELETE FROM access_log WHERE sequence = 1').run()).toThrow('append-only');
    database.exec('DROP TRIGGER access_log_no_update');
    database.prepare("UPDATE access_log SET entry = replace(entry, 'officer-7', 'officer-8') WHERE sequence = 2").run();
    database.close();
    const reopened = openSqliteAccessLog({ file });
    expect((await verifyAccessLog(reopened)).problems).toEqual([expect.objectContaining({ code: 'content-changed', place: 2 })]);
    await reopened.dispose();
  });

  it('refuses to keep the log in the event file', async () => {
    const file = join(folder, 'hub.sqlite');
    const store = openSqliteEventStore({ file });
    await store.dispose();
    expect(() => openSqliteAccessLog({ file })).toThrow('is an event store file');
  });
});
