import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { auditSample } from '../../../docs/guides/samples/auditing';
import { erasureSample } from '../../../docs/guides/samples/erasing-personal-data';
import { guidesFolder } from '../guide-code';

const guideText = (guide: string): string => readFileSync(join(guidesFolder, guide), 'utf8');

/** Outputs the guides quote must be what the samples print now. */
const expectQuoted = (guide: string, output: string): void => {
  if (!guideText(guide).includes(output.trimEnd())) throw new Error(`${guide} does not quote what its sample prints now:\n${output}`);
};

describe('the auditing guide’s sample', () => {
  it('replays by business date and by recording time, verifies, checks a published head, exports, imports and refuses a tampered copy', async () => {
    const result = await auditSample();
    expect(result.timelines.byBusinessDate).toContain('4. 8 October 2025: Actions agreed');
    expect(result.timelines.asKnownThen).toContain('2 later events are not shown');
    expect(result.autumnReport).toMatchObject({ verified: true, eventsVerified: 4, problemCount: 0 });
    expect(result.winterReport).toMatchObject({ verified: false, eventsVerified: 8, problemsByCode: { 'rule-broken': 1 }, ruleBreaches: { 'consent-required': 1 } });
    expect(result.imported).toEqual({ _tag: 'Right', right: { eventsImported: 8, streamsImported: 2, headHash: result.winterReport.headHash } });
    expect(result.copyReport).toMatchObject({ headHash: result.winterReport.headHash, problemsByCode: { 'rule-broken': 1 } });
    expect(result.refused).toMatchObject({ _tag: 'Left', left: { code: 'history-tampered', line: 1 } });
    expectQuoted('auditing.md', result.timelines.asKnownThen);
    expectQuoted('auditing.md', result.winterText);
    if (result.refused._tag === 'Left') expectQuoted('auditing.md', result.refused.left.message);
  });
});

describe('the erasure guide’s sample', () => {
  const folder = mkdtempSync(join(tmpdir(), 'send-hub-erasure-guide-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('forgets the child due under the retention policy, keeps the one under a legal hold, and leaves no name in the event file', async () => {
    const result = await erasureSample(folder);
    expect([result.alexDue, result.samDue]).toEqual(['2040-03-14', '2046-05-02']);
    expect(result.review.due.map((child) => child.childReference)).toEqual(['child-0042']);
    expect(result.review.held.map((child) => child.childReference)).toEqual(['child-0043']);
    expect(result.outcomes).toEqual([{ _tag: 'Right', right: expect.objectContaining({ childReference: 'child-0042', streamId: 'erasure-child-0042' }) }]);
    expect(result.refused).toMatchObject({ _tag: 'Left', left: { code: 'legal-hold' } });
    expect(result.timeline._tag === 'Right' && result.timeline.right.steps[0]?.description).toContain('referred a child whose personal details have been erased');
    expect(result.report.verified).toBe(true);
    expect(result.keysAfter.map(({ keyId, status }) => [keyId, status])).toEqual([['child-0042', 'destroyed'], ['child-0043', 'active']]);
    for (const file of readdirSync(join(folder, 'events'))) {
      const bytes = readFileSync(join(folder, 'events', file));
      expect(bytes.includes('Alex Morgan')).toBe(false);
      expect(bytes.includes('Sam Patel')).toBe(false);
    }
    if (result.refused._tag === 'Left') expectQuoted('erasing-personal-data.md', result.refused.left.message);
  });
});
