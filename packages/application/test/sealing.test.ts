import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventSealText, hmacSealer, InvalidEventError } from '@send-hub/event-store';
import { openSqliteKeyStore } from '@send-hub/store-sqlite';
import { either as E } from 'fp-ts';
import { asLocalOperator, openSqliteHub, type Hub } from '../src';

const officer = { actor: { id: 'officer-2', role: 'hub-coordinator', agency: 'education', districts: ['lichfield'] } } as const;
const auditor = { actor: { id: 'dpo-1', role: 'data-protection-officer', agency: 'other', districts: [] } } as const;

const verified = async (hub: Hub, options: Parameters<Hub['verify']>[1] = {}) => {
  const result = await hub.verify(auditor, options);
  if (E.isLeft(result)) throw new Error(result.left.message);
  return result.right;
};
const meeting = (halfTerm: 1 | 2 | 3 | 4) => ({ type: 'RecordMeeting', meeting: { district: 'lichfield', academicYear: '2025/26', halfTerm }, heldOn: ['2025-10-01', '2025-11-25', '2026-01-20', '2026-03-03'][halfTerm - 1], attendance: [{ agency: 'education', role: 'special educational needs coordinator' }] });

const record = async (hub: Hub, command: unknown): Promise<void> => {
  const result = await hub.recordMeeting(command, officer);
  if (E.isLeft(result)) throw new Error(result.left.message);
};

describe('sealing events with a key kept in the key file', () => {
  let folder: string;
  beforeEach(() => (folder = mkdtempSync(join(tmpdir(), 'send-hub-sealing-'))));
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('seals a history written before sealing began from the head at that moment on, and says so plainly', async () => {
    const file = join(folder, 'hub.sqlite');
    const unsealed = openSqliteHub({ file, sealing: false });
    await record(unsealed, meeting(1));
    await record(unsealed, meeting(2));
    await unsealed.dispose();

    const hub = openSqliteHub({ file });
    await record(hub, meeting(3));
    const report = await verified(hub);
    expect(report.problems).toEqual([]);
    expect(report.sealing).toEqual({ sealedAfter: 2n, eventsSealed: 1, eventsBeforeSealing: 2 });
    const [, , third] = await collect(hub.stores.raw.readAll());
    expect(third?.metadata.seal).toEqual({ keyId: expect.stringMatching(/^hub-sealing-key-1\.[0-9a-f]{16}$/), mac: expect.any(String) });
    await hub.dispose();

    // Someone who can write the event file, but not the key file, appends with a valid chain.
    const forger = openSqliteHub({ file, keyFile: join(folder, 'forger.keys'), sealing: false });
    await record(forger, meeting(4));
    await forger.dispose();
    const again = openSqliteHub({ file });
    const after = await verified(again);
    expect(after.problems).toEqual([expect.objectContaining({ code: 'event-not-sealed', streamId: 'meeting-lichfield-2025-26-4', revision: 0n })]);
    await again.dispose();
  });

  it("reads another hub's seals in an imported history as made with a key it was not given, not as tampering", async () => {
    const source = openSqliteHub({ file: join(folder, 'source.sqlite') });
    await record(source, meeting(1));
    await record(source, meeting(2));
    const exported = source.exportLines(auditor);
    if (E.isLeft(exported)) throw new Error(exported.left.message);
    const lines = await collect(exported.right);
    await source.dispose();

    const copy = openSqliteHub({ file: join(folder, 'copy.sqlite') });
    const imported = await copy.importLines(() => lines, asLocalOperator(copy.configuration, 'to import the history of another hub'));
    if (E.isLeft(imported)) throw new Error(imported.left.message);
    await record(copy, meeting(3));
    const report = await verified(copy);
    // Each hub's key is kept under the same id; the fingerprint in the seal tells them apart.
    expect(report.problems.map((problem) => [problem.code, 'streamId' in problem ? problem.streamId : undefined])).toEqual([
      ['seal-key-unknown', 'meeting-lichfield-2025-26-1'],
      ['seal-key-unknown', 'meeting-lichfield-2025-26-2'],
    ]);
    const [first, , third] = await collect(copy.stores.raw.readAll());
    expect(first?.metadata.seal?.keyId).not.toBe(third?.metadata.seal?.keyId);
    await copy.dispose();
  });

  it('still verifies seals a hub made before they named its key\'s fingerprint', async () => {
    const file = join(folder, 'hub.sqlite');
    const hub = openSqliteHub({ file });
    await record(hub, meeting(1));
    const [event] = await collect(hub.stores.raw.readAll());
    await hub.dispose();
    // The same event as an earlier version wrote it: sealed with the same key, named by its id alone.
    const keys = openSqliteKeyStore({ file: `${file}.keys` });
    const sealingKey = await keys.sealingKey('hub-sealing-key-1');
    await keys.dispose();
    if (event === undefined || sealingKey === undefined || event.metadata.hash === undefined) throw new Error('The hub wrote no sealed event.');
    const [mac] = await hmacSealer('hub-sealing-key-1', sealingKey.key).seal([eventSealText(event.metadata.hash.current)]);
    const older = openSqliteHub({ file: join(folder, 'older.sqlite'), keyFile: `${file}.keys` });
    const resealed = { eventId: event.eventId, type: event.type, schemaVersion: event.schemaVersion, data: event.data, metadata: { ...event.metadata, seal: { keyId: 'hub-sealing-key-1', mac: mac ?? '' } } };
    const appended = await older.stores.raw.append(event.streamId, [resealed], 'no_stream');
    expect(E.isRight(appended)).toBe(true);
    expect((await verified(older)).problems).toEqual([]);
    await older.dispose();
  });

  it('refuses an event whose metadata holds a field its hash would not cover, and writes nothing', async () => {
    const hub = openSqliteHub({ file: join(folder, 'hub.sqlite') });
    const event = {
      eventId: '51000000-0000-4000-8000-000000000001',
      type: 'MeetingHeld',
      schemaVersion: 1,
      data: {},
      metadata: { recordedAt: '2026-01-01T00:00:00.000Z', actor: officer.actor, correlationId: 'c', causationId: 'c', approvedBy: 'the board' },
    };
    await expect(hub.stores.chained.append('meeting-lichfield-2025-26-1', [event], 'no_stream')).rejects.toThrow(
      new InvalidEventError(
        'Event 1 of the append to "meeting-lichfield-2025-26-1" (type "MeetingHeld") cannot be stored: its metadata has "approvedBy", which its hash would not cover. Metadata holds recordedAt, actor, correlationId and causationId; put anything else in the event data.',
      ),
    );
    expect(await hub.stores.raw.headPosition()).toBeUndefined();
    await hub.dispose();
  });
});

const collect = async <A>(items: AsyncIterable<A>): Promise<A[]> => {
  const all: A[] = [];
  for await (const item of items) all.push(item);
  return all;
};
