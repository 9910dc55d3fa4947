import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { eventHash, genesisHash } from '@send-hub/event-store';
import { runIn } from './support/run-in-process';

const forgedCase = '99999999-9999-4999-8999-999999999999';
const forgedStream = `case-${forgedCase}`;

/** Data holding a list nested 100,000 deep, as text (JSON.parse reads it without recursion). */
const deepData = `{"caseId":"${forgedCase}","occurredOn":"2025-09-01","garbage":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;

/** Appends a row behind the store's back, correctly hashed, as someone who can write the file and knows the format would. */
const forgeDeepRow = (file: string): void => {
  const database = new Database(file);
  const eventId = '01900000-0000-7000-8000-000000000999';
  const metadata = { recordedAt: '2026-07-20T12:00:00.000Z', actor: { id: 'intruder', role: 'none' }, correlationId: eventId, causationId: eventId };
  const current = eventHash({ streamId: forgedStream, eventId, type: 'Referred', schemaVersion: 1, data: JSON.parse(deepData) as unknown, metadata }, genesisHash);
  database
    .prepare('INSERT INTO events (stream_id, revision, event_id, type, schema_version, data, metadata) VALUES (?, 0, ?, ?, 1, ?, ?)')
    .run(forgedStream, eventId, 'Referred', deepData, JSON.stringify({ ...metadata, hash: { previous: genesisHash, current } }));
  database.close();
};

const deleteRow = (file: string, position: number): void => {
  const database = new Database(file);
  database.prepare('DELETE FROM events WHERE position = ?').run(position);
  database.close();
};

interface Report {
  readonly verified: boolean;
  readonly problems: ReadonlyArray<{ readonly code: string; readonly streamId?: string; readonly revision?: string; readonly message: string }>;
}

describe('the command line over a damaged event file', () => {
  let folder: string;
  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'send-hub-damaged-'));
    const simulated = await runIn(folder, ['simulate', '--districts', 'tamworth', '--half-terms', '2', '--referrals', '3', '--seed', 'damaged rows', '--quiet']);
    expect(simulated.code).toBe(0);
    forgeDeepRow(join(folder, 'send-hub.sqlite'));
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('verify reports a row nested 100,000 deep by stream and revision, and goes on to the end', async () => {
    const run = await runIn(folder, ['verify', '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as Report;
    // Written around the hub, the row also lacks the hub's seal: both are reported, by stream and revision.
    expect(report.problems).toEqual([
      expect.objectContaining({ code: 'event-not-sealed', streamId: forgedStream, revision: '0' }),
      expect.objectContaining({ code: 'undecodable-event', streamId: forgedStream, revision: '0', message: expect.stringContaining('garbage: not a field of a Referred event') }),
    ]);
  });

  it('export writes it out like any other row, and import refuses it by stream and revision, importing nothing', async () => {
    const exported = await runIn(folder, ['export', '--out', 'history.ndjson']);
    expect(exported.stderr).toBe('');
    expect(exported.code).toBe(0);
    const lines = readFileSync(join(folder, 'history.ndjson'), 'utf8').trimEnd().split('\n');
    expect(lines[lines.length - 1]).toContain('[[[[');
    const imported = await runIn(folder, ['import', 'history.ndjson', '--file', 'copy.sqlite']);
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(1);
    expect(imported.stdout).toContain(`Refused: Line ${lines.length}: The event at revision 0 of "${forgedStream}" (Referred) cannot be read: garbage: not a field of a Referred event;`);
    expect(imported.stdout).toContain('Nothing was imported.');
  });

  it('verify reports global positions missing where the store numbers its events with no gaps', async () => {
    copyFileSync(join(folder, 'send-hub.sqlite'), join(folder, 'gapped.sqlite'));
    copyFileSync(join(folder, 'send-hub.sqlite.keys'), join(folder, 'gapped.sqlite.keys'));
    deleteRow(join(folder, 'gapped.sqlite'), 3);
    const run = await runIn(folder, ['verify', '--file', 'gapped.sqlite', '--json']);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.problems).toContainEqual(expect.objectContaining({ code: 'positions-missing', message: expect.stringContaining('position 3 is missing: events were deleted from the store') }));
  });
});
