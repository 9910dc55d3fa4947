import { exportCase, exportStore, importEvents, linesOfFile, replayCase, verifyStore, writeLinesToFile } from '@send-hub/audit';
import { eventHash, InMemoryEventStore, StoreUnavailableError, type EventStore, type HashedEvent } from '@send-hub/event-store';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteEventStore } from '@send-hub/store-sqlite';
import { either as E } from 'fp-ts';
import * as fc from 'fast-check';
import { alexCase, writeAlexAndSam } from './support/alex-scenario';
import { historyArbitrary, writeHistory } from './support/generated-history';
import { hubStores } from './support/hub-stores';
import { hubWriter, TestClock } from './support/hub-writer';

const collect = async (lines: AsyncIterable<string>): Promise<string[]> => {
  const all: string[] = [];
  for await (const line of lines) all.push(line);
  return all;
};

const storeKinds: ReadonlyArray<[string, () => EventStore]> = [
  ['in-memory', () => new InMemoryEventStore()],
  ['SQLite', () => openSqliteEventStore({ file: ':memory:' })],
];

const crossings = storeKinds.flatMap(([from, openFrom]) => storeKinds.map(([to, openTo]) => [from, to, openFrom, openTo] as const));

async function* toAsync(lines: ReadonlyArray<string>): AsyncIterable<string> {
  yield* lines;
}

const importLines = (lines: ReadonlyArray<string>, target: EventStore, options = {}) => importEvents(() => lines, target, options);

describe('export and import', () => {
  it.each(crossings)('round-trips any history from the %s store to the %s store, hashes and ciphertext unchanged', async (_from, _to, openFrom, openTo) => {
    await fc.assert(
      fc.asyncProperty(historyArbitrary(4), async (scripts) => {
        const source = hubStores(openFrom());
        await writeHistory(hubWriter(source.readable, new TestClock()), scripts);
        const lines = await collect(exportStore(source.raw));
        const target = hubStores(openTo(), source.keyStore);
        const imported = await importLines(lines, target.raw);
        expect(imported).toEqual(E.right({ eventsImported: lines.length, streamsImported: expect.any(Number), headHash: (await verifyStore(source.raw)).headHash }));
        expect(await collect(exportStore(target.raw))).toEqual(lines);
        expect(await verifyStore(target.raw)).toMatchObject({ verified: true, headHash: (await verifyStore(source.raw)).headHash });
        const caseId = '00000000-0000-4000-8000-000000000000';
        expect(await replayCase(target.readable, caseId)).toEqual(await replayCase(source.readable, caseId));
        await Promise.all([source.raw.dispose(), target.raw.dispose()]);
      }),
      { numRuns: 8 },
    );
  });

  it('writes one line per event, with bigints as text and data as stored', async () => {
    const source = hubStores();
    await writeAlexAndSam(hubWriter(source.readable, new TestClock()));
    const lines = await collect(exportCase(source.raw, alexCase));
    expect(lines).toHaveLength(6);
    const first = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(first).toMatchObject({ streamId: `case-${alexCase}`, revision: '0', position: '1', type: 'Referred', schemaVersion: 2, metadata: { hash: { previous: '0'.repeat(64) } } });
    expect(lines.join('\n')).not.toContain('Alex Morgan');
    const target = hubStores(new InMemoryEventStore(), source.keyStore);
    expect(await importLines(lines, target.raw)).toEqual(E.right(expect.objectContaining({ eventsImported: 6, streamsImported: 1 })));
    const replayed = await replayCase(target.readable, alexCase);
    expect(E.isRight(replayed) && replayed.right.steps[0]?.description).toContain('Alex Morgan');
  });
});

describe('importing a tampered export', () => {
  const exported = async (): Promise<string[]> => {
    const source = hubStores();
    await writeAlexAndSam(hubWriter(source.readable, new TestClock()));
    return collect(exportStore(source.raw));
  };
  // Each tampered export goes through a real file, as an auditor would receive it.
  let folder = '';
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'send-hub-audit-'));
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  const refusedAt = async (lines: ReadonlyArray<string>, options = {}) => {
    const file = join(folder, 'export.ndjson');
    expect(await writeLinesToFile(file, toAsync(lines))).toBe(lines.length);
    const target = new InMemoryEventStore();
    const result = await importEvents(linesOfFile(file), target, options);
    expect(await target.headPosition()).toBeUndefined();
    if (E.isRight(result)) throw new Error('The tampered file was imported.');
    return result.left;
  };
  const edited = (line: string, change: (event: { data: Record<string, unknown> }) => void): string => {
    const event = JSON.parse(line) as { data: Record<string, unknown> };
    change(event);
    return JSON.stringify(event);
  };

  // Lines of the scenario: 1 Alex referred, 2 Sam referred, 3 Alex consent, 4 Sam consent, 5 meeting, 6 Alex discussed, 7 Sam discussed, ...
  it('refuses an edited line, naming it', async () => {
    const lines = await exported();
    lines[2] = edited(lines[2]!, (event) => (event.data['form'] = 'verbal'));
    expect(await refusedAt(lines)).toEqual({
      _tag: 'ImportRefusal',
      code: 'history-tampered',
      line: 3,
      message: `Line 3: The event at revision 1 of "case-${alexCase}" (ViewsHeard) was changed after it was recorded: its content no longer matches its hash.`,
    });
  });

  it('refuses a file with a line deleted, at the next line of that stream', async () => {
    const lines = await exported();
    lines.splice(2, 1);
    expect(await refusedAt(lines)).toMatchObject({ code: 'history-tampered', line: 5, message: expect.stringContaining('revision 1 is missing') });
  });

  it('refuses swapped lines, at the first of them', async () => {
    const lines = await exported();
    [lines[2], lines[5]] = [lines[5]!, lines[2]!];
    expect(await refusedAt(lines)).toMatchObject({ code: 'history-tampered', line: 3 });
  });

  it('refuses an inserted line, whether copied or forged with a correct hash', async () => {
    const copied = await exported();
    copied.splice(4, 0, copied[2]!);
    expect(await refusedAt(copied)).toMatchObject({ code: 'history-tampered', line: 5, message: expect.stringContaining('is not after the previous line') });
    const forged = await exported();
    const renumbered = forged.map((line, index) => (index < 5 ? line : line.replace(/"position":"(\d+)"/, (_match, position: string) => `"position":"${Number(position) + 1}"`)));
    const original = JSON.parse(forged[5]!) as RecordedLine;
    const fake = { ...original, eventId: 'forged', position: '6', data: { ...original.data, occurredOn: '2025-10-07' } };
    const hashed = { ...fake, metadata: { ...fake.metadata, hash: { previous: original.metadata.hash.previous, current: eventHash(fake as unknown as HashedEvent, original.metadata.hash.previous) } } };
    renumbered.splice(5, 0, JSON.stringify(hashed));
    expect(await refusedAt(renumbered)).toMatchObject({ code: 'history-tampered', line: 7, message: expect.stringContaining('events are out of order or repeated') });
  });

  it('refuses a file cut short when a head hash was published for it', async () => {
    const lines = await exported();
    const published = await importLines(lines, new InMemoryEventStore());
    if (E.isLeft(published)) throw new Error(published.left.message);
    expect(await importLines(lines, new InMemoryEventStore(), { expectedHeadHash: published.right.headHash })).toEqual(E.right(published.right));
    expect(await refusedAt(lines.slice(0, -1), { expectedHeadHash: published.right.headHash })).toMatchObject({
      code: 'head-differs',
      line: lines.length - 1,
      message: expect.stringContaining('events were removed, added or changed'),
    });
  });

  it('refuses lines that are not exported events, naming what is wrong', async () => {
    const [first] = await exported();
    expect(await refusedAt([first!, '{not json'])).toMatchObject({ code: 'line-unreadable', line: 2, message: expect.stringContaining('it is not JSON') });
    expect(await refusedAt([first!, '', '{"streamId":"x","revision":3}'])).toMatchObject({
      code: 'line-unreadable',
      line: 3,
      message: expect.stringContaining('revision: expected a whole number written in digits, like "42", received 3'),
    });
  });

  it('decodes every event against the hub’s schemas: a correctly chained event of a type the hub does not know is refused by stream and revision', async () => {
    const source = hubStores();
    await writeAlexAndSam(hubWriter(source.readable, new TestClock()));
    const metadata = { recordedAt: '2025-10-01T08:00:00.000Z', actor: { id: 'another-system', role: 'import' }, correlationId: 'c', causationId: 'c' };
    const appended = await source.chained.append(`case-${alexCase}`, [{ eventId: 'foreign-1', type: 'Teleported', schemaVersion: 1, data: { caseId: alexCase }, metadata }], 'any');
    expect(E.isRight(appended)).toBe(true);
    const lines = await collect(exportStore(source.raw));
    expect((await verifyStore(source.raw)).problemsByCode).toEqual({ 'undecodable-event': 1 });
    const target = hubStores();
    const refused = await importLines(lines, target.raw);
    expect(refused).toEqual(
      E.left(expect.objectContaining({ code: 'event-undecodable', line: lines.length, message: expect.stringContaining(`The event at revision 6 of "case-${alexCase}" (Teleported) cannot be read: "Teleported" is not an event type this library knows.`) })),
    );
    expect(await target.raw.headPosition()).toBeUndefined();
  });

  it('refuses to import over streams the store already holds, importing nothing', async () => {
    const lines = await exported();
    const target = new InMemoryEventStore();
    await importLines(lines.slice(0, 1), target);
    expect(await importLines(lines, target)).toEqual(E.left(expect.objectContaining({ code: 'stream-already-exists', line: 1 })));
    expect(await target.headPosition()).toBe(1n);
  });
});

describe('export files', () => {
  it('says plainly when a file cannot be written or read', async () => {
    await expect(writeLinesToFile('/nonexistent-folder/export.ndjson', toAsync(['{}']))).rejects.toThrow(StoreUnavailableError);
    await expect(importEvents(linesOfFile('/nonexistent-folder/export.ndjson'), new InMemoryEventStore())).rejects.toThrow(
      'The export file "/nonexistent-folder/export.ndjson" cannot be read: ENOENT: no such file or directory',
    );
  });
});

type RecordedLine = { data: Record<string, unknown>; metadata: { hash: { previous: string } } } & Record<string, unknown>;
