import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAudit } from '../src/run-audit';
import type { AuditRequest } from '../src/audit-request';
import { caseId, recordAndExport, type RecordedHistory } from './recorded-history';

const audit = async (request: AuditRequest): Promise<{ code: number; told: string }> => {
  let told = '';
  const code = await runAudit(request, (text) => (told += text));
  return { code, told };
};

const linesOf = (file: string): string[] => readFileSync(file, 'utf8').trimEnd().split('\n');

describe('the auditor’s replay and verification of an export', () => {
  let folder: string;
  let history: RecordedHistory;
  let lines: string[];

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'send-hub-auditor-'));
    history = await recordAndExport(folder);
    lines = linesOf(history.file);
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  /** Writes a changed copy of the export and audits it against the published head. */
  const auditTampered = (name: string, tampered: ReadonlyArray<string>, withHead = true) => {
    const file = join(folder, `${name}.ndjson`);
    writeFileSync(file, `${tampered.join('\n')}\n`);
    return audit({ exportFile: file, ...(withHead ? { publishedHeadHash: history.headHash } : {}) });
  };

  it('passes a clean export: imported, verified, and the case replayed as of a date and as known at a moment', async () => {
    const { code, told } = await audit({ exportFile: history.file, publishedHeadHash: history.headHash, caseId, onDate: '2025-10-31', knownAt: '2025-11-01T00:00:00Z' });
    expect(code).toBe(0);
    expect(told).toContain(`Imported ${history.lineCount} events in 5 streams; every line is well formed and the hash chain holds. The file adds up to the head hash ${history.headHash}. That is the head hash the council published.`);
    expect(told).toContain('Verified: 8 events in 5 streams, no problems found.');
    // By the business date, consent had been given; at that moment, the hub had not yet been told.
    expect(told).toMatch(/History of case 4{8}-.*: what had happened by 31 October 2025\.\n\n1\. 13 October 2025: Referred to the hub[\s\S]*2\. 20 October 2025: Views heard[\s\S]*Recorded on 20 November 2025 at 10:00 UTC \(31 days after it happened\)/);
    expect(told).toMatch(/as the hub knew it on 1 November 2025 at 00:00 UTC\.\n\n1\. 13 October 2025: Referred to the hub[\s\S]*?\n\n3 later events are not shown/);
    expect(told).not.toContain('Alex Moor');
    expect(told.trimEnd().endsWith('The export is sound.')).toBe(true);
  });

  it('tells a child’s story from the export, names not held (the council keeps the keys), as of a business date', async () => {
    const { code, told } = await audit({ exportFile: history.file, publishedHeadHash: history.headHash, childReference: 'child-alex', onDate: '2025-10-31' });
    expect(code).toBe(0);
    expect(told).toContain('The story of the child child-alex (whose personal details are not held here): what had happened by 31 October 2025.');
    // Without the keys the auditor cannot tell erased details from kept ones, and the story claims neither.
    expect(told).toContain('referred a child whose personal details are not held here');
    expect(told).not.toContain('erased');
    expect(told).toContain(`Case 1 of 1: case ${caseId}, referred on 13 October 2025 to the Stafford hub.`);
    expect(told).toMatch(/1\. 13 October 2025: Referred to the hub[\s\S]*2\. 20 October 2025: Views heard/);
    expect(told).not.toContain('Alex Moor');
    const nobody = await audit({ exportFile: history.file, childReference: 'child-nobody' });
    expect(nobody.code).toBe(1);
    expect(nobody.told).toContain("The child's story cannot be told: The hub had no case of the child child-nobody.");
  });

  it('refuses an export whose data was edited, naming the line', async () => {
    const edited = [...lines];
    const index = edited.findIndex((line) => line.includes('"ViewsHeard"'));
    edited[index] = (edited[index] ?? '').replace('"how":"written"', '"how":"in-person"');
    expect(edited[index]).not.toBe(lines[index]);
    const { code, told } = await auditTampered('edited', edited);
    expect(code).toBe(1);
    expect(told).toContain(`Refused: this export cannot be trusted. Line ${index + 1}: The event at revision 1 of "case-${caseId}" (ViewsHeard) was changed after it was recorded: its content no longer matches its hash.`);
    expect(told).toContain('Nothing was imported');
  });

  it('refuses an export with a line deleted, naming the line where the gap shows', async () => {
    // Deleting the family's views leaves the discussion (revision 2) following the referral (revision 0).
    const consentLine = lines.findIndex((line) => line.includes('"ViewsHeard"'));
    const shortened = lines.filter((_line, index) => index !== consentLine);
    const discussionLine = shortened.findIndex((line) => line.includes('"Discussed"')) + 1;
    const { code, told } = await auditTampered('deleted', shortened);
    expect(code).toBe(1);
    expect(told).toContain(`Line ${discussionLine}: The event at revision 2 of "case-${caseId}" (Discussed) follows revision 0: revision 1 is missing (deleted, or the history was cut).`);
  });

  it('refuses an export with two lines swapped', async () => {
    const swapped = [...lines];
    [swapped[3], swapped[4]] = [swapped[4] ?? '', swapped[3] ?? ''];
    const { code, told } = await auditTampered('swapped', swapped);
    expect(code).toBe(1);
    expect(told).toMatch(/Line 5: its position \d+ is not after the previous line's \d+: lines were moved\./);
  });

  it('refuses an export cut short when given the published head, and says what it cannot see without one', async () => {
    const cut = lines.slice(0, -1);
    const withHead = await auditTampered('cut', cut);
    expect(withHead.code).toBe(1);
    expect(withHead.told).toContain(`Line ${cut.length}: the file ends here, and its events add up to the head hash`);
    expect(withHead.told).toContain(`not the published ${history.headHash}: events were removed, added or changed.`);
    const withoutHead = await auditTampered('cut-without-head', cut, false);
    expect(withoutHead.code).toBe(0);
    expect(withoutHead.told).toContain('No head hash was given to compare it with, so events cut from the end would not show.');
  });

  it('refuses a line that is not JSON', async () => {
    const broken = [...lines];
    broken[1] = '{"streamId": "case-';
    const { code, told } = await auditTampered('broken', broken);
    expect(code).toBe(1);
    expect(told).toContain('Line 2: it is not JSON');
  });

  it('finds events the rules would have refused, even in a chain that holds', async () => {
    // A data migration wrote straight to the store, past the rules: a discussion at another district's hub.
    const migrated = await recordAndExport(mkdtempSync(join(folder, 'migrated-')), async (hub) => {
      const metadata = { recordedAt: '2025-12-01T09:00:00Z', actor: { id: 'migration', role: 'data migration' }, correlationId: 'migration-1', causationId: 'migration-1' };
      const discussed = { type: 'Discussed', caseId: '55555555-5555-4555-8555-555555555555', occurredOn: '2025-11-26', meeting: { district: 'lichfield', academicYear: '2025/26', halfTerm: 2 } };
      await hub.stores.chained.append('case-55555555-5555-4555-8555-555555555555', [{ eventId: 'f0000000-0000-4000-8000-000000000001', type: 'Discussed', schemaVersion: 1, data: discussed, metadata }], 0n);
    });
    const { code, told } = await audit({ exportFile: migrated.file, publishedHeadHash: migrated.headHash });
    expect(code).toBe(1);
    expect(told).toContain('Problems found: 1 problem in 9 events (5 streams).');
    expect(told).toContain('A case is discussed only at a meeting of its own district hub.');
    expect(told).toContain('The export has problems: see above.');
  });

  it('says so when the export file cannot be read, or the case is not in it', async () => {
    const missing = await audit({ exportFile: join(folder, 'no-such-file.ndjson') });
    expect(missing.code).toBe(2);
    expect(missing.told).toContain('The audit could not be carried out: The export file');
    const unknownCase = await audit({ exportFile: history.file, caseId: '66666666-6666-4666-8666-666666666666' });
    expect(unknownCase.code).toBe(1);
    expect(unknownCase.told).toContain('The case cannot be replayed: There is no case 66666666-6666-4666-8666-666666666666 in this store.');
  });
});
