import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { boardFigures } from '@send-hub/projection-board';
import { either as E } from 'fp-ts';
import { openSqliteHub, type Hub } from '../src';
import { parentalConsentOn } from './support/referral';
import { bytesNeedle, scanFolder, textNeedle, type Needle, type ScanResult } from './support/plaintext-scan';

const officer = { actor: { id: 'officer-2', role: 'hub-coordinator', agency: 'education', districts: ['lichfield'] } } as const;
const dataProtectionOfficer = { actor: { id: 'dpo-1', role: 'data-protection-officer', agency: 'other', districts: [] } } as const;

/** The right of an Either, or a test failure naming the left. */
const right = <A>(result: E.Either<{ readonly message: string } | object, A>): A => {
  if (E.isLeft(result)) throw new Error(`Refused: ${JSON.stringify(result.left)}`);
  return result.right;
};

interface Child {
  readonly caseId: string;
  readonly childReference: string;
  readonly childName: string;
  readonly dateOfBirth: string;
  readonly narrative: string;
}

const children: ReadonlyArray<Child> = [
  { caseId: '41000000-0000-4000-8000-000000000001', childReference: 'child-zoe', childName: 'Zoë Ashworth-Quill', dateOfBirth: '2013-04-17', narrative: 'Zoë finds the echoing corridors at Thornbury frightening.' },
  { caseId: '41000000-0000-4000-8000-000000000002', childReference: 'child-ngozi', childName: 'Ngozi Okonkwo-Bright', dateOfBirth: '2011-09-23', narrative: 'Ngozi has missed most of Year 7 through anxiety.' },
  { caseId: '41000000-0000-4000-8000-000000000003', childReference: 'child-sian', childName: 'Siân Pryce-Llewellyn', dateOfBirth: '2014-01-29', narrative: 'Siân needs a quiet room for assessments.' },
];
const [forgotten, ...kept] = children as [Child, ...Child[]];

const referralOf = (child: Child) => ({
  childReference: child.childReference,
  district: 'lichfield',
  school: '654321',
  yearGroup: 'Y8',
  senProvision: 'K',
  needs: [{ need: 'SEMH', rank: 1 }],
  sex: 'F',
  ethnicity: 'MWBC',
  pupilPremium: true,
  assessPlanDoReviewCycles: 1,
  personal: { childName: child.childName, dateOfBirth: child.dateOfBirth, narrative: child.narrative },
});

const succeed = async <A>(result: Promise<E.Either<{ readonly message: string }, A>>): Promise<A> => {
  const settled = await result;
  if (E.isLeft(settled)) throw new Error(settled.left.message);
  return settled.right;
};

const firstStep = async (hub: Hub, caseId: string): Promise<string> => {
  const timeline = await succeed(hub.replay(caseId, officer));
  return timeline.steps[0]?.description ?? '';
};

const figures = (hub: Hub) => hub.readModels.board((model) => boardFigures(model, { academicYear: '2025/26' }));

const personalNeedles = (child: Child): Needle[] => [textNeedle(child.childName), textNeedle(child.dateOfBirth), textNeedle(child.narrative)];

const keyFiles = (file: string): string[] => [`${file}.keys`, `${file}.keys-wal`, `${file}.keys-shm`];

/** Scans, and prints the figures when asked to (`SEND_HUB_REPORT_FIGURES=1`), for the guide. */
const scanned = (folder: string, needles: ReadonlyArray<Needle>, moment: string): ScanResult => {
  const result = scanFolder(folder, needles);
  if (process.env['SEND_HUB_REPORT_FIGURES'] === '1') {
    process.stdout.write(`${moment}: ${result.filesScanned} files (${result.files.join(', ')}), ${result.bytesScanned} bytes, ${result.hits.length} hits\n`);
  }
  return result;
};

describe('erasure that leaves nothing', () => {
  let folder: string;
  let live: string;
  let backups: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'send-hub-erasure-scan-'));
    live = join(folder, 'hub');
    backups = join(folder, 'key-file-backups');
    mkdirSync(live);
    mkdirSync(backups);
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('leaves no byte of a forgotten child’s personal data or key in any file, also after the key file is restored from an older backup', async () => {
    const file = join(live, 'hub.sqlite');
    const first = openSqliteHub({ file });
    await first.readModels.start();
    for (const child of children) {
      await succeed(first.recordCase({ type: 'Refer', caseId: child.caseId, occurredOn: '2025-11-03', referral: referralOf(child), consent: parentalConsentOn('2025-10-31') }, officer));
    }
    await first.readModels.waitFor(await first.stores.raw.headPosition());
    const figuresBefore = figures(first);
    const before = right(await first.verify(dataProtectionOfficer));
    const head = await first.publishHead(dataProtectionOfficer);
    if (E.isLeft(head)) throw new Error(`The history should verify: ${JSON.stringify(head.left, (_key, value: unknown) => (typeof value === "bigint" ? String(value) : value))}.`);
    const published = [head.right];
    expect(published[0]?.seal).toEqual({ keyId: expect.stringMatching(/^hub-sealing-key-1\.[0-9a-f]{16}$/), mac: expect.any(String) });
    const key = await first.keyStore.get(forgotten.childReference);
    if (key.status !== 'active') throw new Error('The child should have a key.');
    const needles = [...personalNeedles(forgotten), bytesNeedle(`the key of ${forgotten.childReference}`, key.key)];
    await first.dispose();

    // A backup of the key file taken before the erasure, kept elsewhere (the hub is closed, so the file is whole).
    for (const part of keyFiles(file).filter(existsSync)) copyFileSync(part, join(backups, part.slice(live.length + 1)));
    // Before the erasure the key is in the key file: the scan finds what is there.
    expect(scanFolder(live, needles).hits).toContainEqual({ file: 'hub.sqlite.keys', needle: `the key of ${forgotten.childReference}`, encoding: 'raw bytes' });

    const hub = openSqliteHub({ file });
    await hub.readModels.start();
    await succeed(hub.forget(forgotten.childReference, { erasedBy: 'Data protection officer', reason: 'The family asked for the record to be erased.', occurredOn: '2025-12-01' }, dataProtectionOfficer));
    const lines: string[] = [];
    for await (const line of right(hub.exportLines(dataProtectionOfficer))) lines.push(line);
    writeFileSync(join(live, 'export.ndjson'), `${lines.join('\n')}\n`);
    await hub.readModels.waitFor(await hub.stores.raw.headPosition());

    expect(scanned(live, needles, 'After the erasure, the hub open').hits).toEqual([]);
    expect(await firstStep(hub, forgotten.caseId)).toContain('a child whose personal details have been erased');
    for (const child of kept) expect(await firstStep(hub, child.caseId)).toContain(child.childName);
    expect(figures(hub)).toEqual(figuresBefore);
    expect(right(await hub.verify(dataProtectionOfficer, { publishedHeads: published }))).toMatchObject({ verified: true, eventsVerified: before.eventsVerified + 1 });
    await hub.dispose();
    expect(scanned(live, needles, 'After the erasure, the hub closed').hits).toEqual([]);

    // The key file is restored from the backup taken before the erasure.
    for (const part of keyFiles(file)) rmSync(part, { force: true });
    for (const part of keyFiles(file)) if (existsSync(join(backups, part.slice(live.length + 1)))) copyFileSync(join(backups, part.slice(live.length + 1)), part);
    const restored = openSqliteHub({ file });
    await restored.readModels.start();
    expect(scanFolder(live, needles).hits.map((hit) => hit.needle)).toContain(`the key of ${forgotten.childReference}`);
    expect(await firstStep(restored, forgotten.caseId)).toContain('a child whose personal details have been erased');
    for (const child of kept) expect(await firstStep(restored, child.caseId)).toContain(child.childName);
    expect(right(await restored.verify(dataProtectionOfficer)).problems).toEqual([expect.objectContaining({ code: 'key-present-for-erased-child', childReference: forgotten.childReference })]);
    const again = await restored.recordCase({ type: 'Refer', caseId: '41000000-0000-4000-8000-0000000000ff', occurredOn: '2026-01-05', referral: referralOf(forgotten), consent: parentalConsentOn('2026-01-02') }, officer);
    expect(again).toEqual(E.left(expect.objectContaining({ _tag: 'ReferenceErased', code: 'reference-erased', reference: forgotten.childReference })));

    // What a restore must be followed by: the erasures the log records are applied to the key file again.
    expect(right(await restored.reapplyErasures(dataProtectionOfficer))).toEqual([{ childReference: forgotten.childReference, erasedAt: expect.any(String) }]);
    expect(scanned(live, needles, 'After the restore and reapplying erasures, the hub open').hits).toEqual([]);
    expect(right(await restored.verify(dataProtectionOfficer, { publishedHeads: published }))).toMatchObject({ verified: true, problemCount: 0 });
    expect(figures(restored)).toEqual(figuresBefore);
    await restored.dispose();
    const closed = scanned(live, needles, 'After the restore and reapplying erasures, the hub closed');
    expect(closed.hits).toEqual([]);
    expect(closed.files).toEqual(expect.arrayContaining(['export.ndjson', 'hub.sqlite', 'hub.sqlite.keys', 'hub.sqlite.read-models']));
  });

  it('finds personal data in every form it looks for, so a clean scan means something', () => {
    const control = join(folder, 'control');
    mkdirSync(control);
    const needle = textNeedle(forgotten.childName);
    needle.forms.forEach((form, index) => writeFileSync(join(control, `form-${index}.bin`), Buffer.concat([Buffer.from('before '), form.bytes, Buffer.from(' after')])));
    const result = scanFolder(control, [needle]);
    expect(result.filesScanned).toBe(needle.forms.length);
    expect(result.hits.map((hit) => hit.encoding).sort()).toEqual(needle.forms.map((form) => form.encoding).sort());
    expect(needle.forms.map((form) => form.encoding)).toEqual(['UTF-8', 'UTF-16 little-endian', 'UTF-16 big-endian', 'JSON-escaped as ASCII']);
  });
});
