import { formatTimeline, replayCase, verifyStore } from '@send-hub/audit';
import { caseStreamId } from '@send-hub/core';
import type { EventStore } from '@send-hub/event-store';
import { either as E } from 'fp-ts';
import { alexCase, alexReferral, writeAlexAndSam } from './support/alex-scenario';
import { hubStores } from './support/hub-stores';
import { hubWriter, TestClock } from './support/hub-writer';

/*
 * Alex, escalated to the Tamworth group, moves to a Lichfield school in January: the replay
 * says so in words, and the auditor's rule replay accepts the move and what the new district
 * does next, while a move written by another system from the wrong school is reported.
 */

const moveToLichfield = { type: 'RecordMove', caseId: alexCase, occurredOn: '2026-01-05', school: '125900', district: 'lichfield' } as const;

const withMove = async () => {
  const stores = hubStores();
  const writer = hubWriter(stores.readable, new TestClock());
  await writeAlexAndSam(writer);
  await writer.case(moveToLichfield, '2026-01-05T09:30:00.000Z');
  return stores;
};

const appendRaw = async (store: EventStore, data: object) => {
  const appended = await store.append(
    caseStreamId(alexCase),
    [{ eventId: 'foreign-move', type: 'ChildMoved', schemaVersion: 1, data, metadata: { recordedAt: '2026-01-06T08:00:00.000Z', actor: { id: 'legacy-system', role: 'import' }, correlationId: 'migration', causationId: 'migration' } }],
    'any',
  );
  if (E.isLeft(appended)) throw new Error(appended.left.message);
};

describe('a move in the record', () => {
  it('reads in the case’s timeline as a sentence, naming both districts and the hub that takes the case', async () => {
    const { readable } = await withMove();
    const replayed = await replayCase(readable, alexCase);
    if (E.isLeft(replayed)) throw new Error(replayed.left.message);
    const text = formatTimeline(replayed.right);
    expect(text).toContain('5 January 2026: Moved school or district');
    expect(text).toContain(`Moved from Tamworth to Lichfield, from school ${alexReferral.school} to school 125900 (Year 5); the Lichfield hub takes the case with its whole history.`);
    expect(replayed.right.finalState).toMatchObject({ status: 'open', stage: 'escalated', district: 'lichfield', school: '125900' });
    expect(text).toContain('Afterwards: Open; consent given; escalated to the Locality Management Group; moved to another district, whose Locality Management Group takes it up.');
  });

  it('passes the auditor’s rule replay, and a move recorded from the wrong school is reported', async () => {
    const { raw, chained } = await withMove();
    expect((await verifyStore(raw)).problems).toEqual([]);
    await appendRaw(chained, { type: 'ChildMoved', caseId: alexCase, occurredOn: '2026-01-07', from: { school: '999999', district: 'lichfield' }, to: { school: '125901', district: 'lichfield' }, yearGroup: 'Y5' });
    const report = await verifyStore(raw);
    expect(report.problems.map((problem) => problem.message)).toEqual([expect.stringContaining('it differs from what the rules would record in: from.')]);
  });
});
