import { InMemoryAccessLog, readAccessLog, verifyAccessLog, type AccessRecord } from '@send-hub/access';

const record = (childReference: string, at: string): AccessRecord => ({
  at,
  actor: { id: 'officer-7', role: 'hub-coordinator', agency: 'education' },
  read: 'case-record',
  childReference,
  purpose: 'to prepare the next meeting',
});

const filledLog = async (): Promise<InMemoryAccessLog> => {
  const log = new InMemoryAccessLog();
  await log.append([record('CHILD-000001', '2026-01-05T10:00:00.000Z'), record('CHILD-000002', '2026-01-05T10:01:00.000Z')]);
  await log.append([record('CHILD-000001', '2026-01-06T09:00:00.000Z')]);
  return log;
};

describe('the access log', () => {
  it('numbers and chains entries and lists one child’s', async () => {
    const log = await filledLog();
    const report = await verifyAccessLog(log);
    expect(report).toMatchObject({ entries: 3, problems: [] });
    const { entries } = await readAccessLog(log, 'CHILD-000001');
    expect(entries.map((entry) => entry.sequence)).toEqual([1, 3]);
  });

  const tamperings: ReadonlyArray<readonly [string, (lines: string[]) => void, string]> = [
    ['an edit', (lines) => (lines[1] = (lines[1] ?? '').replace('10:01', '11:01')), 'content-changed'],
    ['a deletion', (lines) => lines.splice(1, 1), 'sequence-out-of-order'],
    ['a reordering', (lines) => lines.reverse(), 'chain-broken'],
    ['a line that is not an entry', (lines) => lines.splice(1, 0, '{"sequence":2}'), 'entry-unreadable'],
  ];

  it.each(tamperings)('reports %s', async (_kind, tamper, code) => {
    const log = await filledLog();
    tamper(log.storedLines);
    const report = await verifyAccessLog(log);
    expect(report.problems.map((problem) => problem.code)).toContain(code);
  });

  it('shows the loss of the newest entries against a published head hash', async () => {
    const published = (await verifyAccessLog(await filledLog())).headHash;
    const log = await filledLog();
    log.storedLines.pop();
    const report = await verifyAccessLog(log);
    expect(report.problems).toEqual([]);
    expect(report.headHash).not.toBe(published);
  });
});
