import {
  exportStore,
  formatTimeline,
  formatVerificationReport,
  importEvents,
  replayCase,
  verifyStore,
  type PublishedHead,
  type VerificationReport,
} from '@send-hub/audit';
import { CaseEvent, caseStreamId } from '@send-hub/core';
import { InMemoryEventStore, type EventStore } from '@send-hub/event-store';
import { alexCase, autumn1, autumn2, officer, recordAlexsFirstHalfTerm, referAlex, sampleHub, visualTimetable, type SampleHub } from './sample-hub';

/** Alex's case seen two ways: by business date, and as the hub knew it at a moment. */
export const replayAlexInOctober = async (readable: EventStore) => {
  // What had happened by 10 October, as the hub knows it now: the discussion on 8 October is there.
  const byBusinessDate = await replayCase(readable, alexCase, { asOf: { occurredOn: '2025-10-10' } });
  // What the hub knew on the morning of 15 October: the discussion was recorded on the 20th, so it is not there yet.
  const asKnownThen = await replayCase(readable, alexCase, { asOf: { recordedAt: '2025-10-15T09:00:00Z' } });
  if (byBusinessDate._tag === 'Left' || asKnownThen._tag === 'Left') throw new Error('Alex’s case should be there.');
  return { byBusinessDate: formatTimeline(byBusinessDate.right), asKnownThen: formatTimeline(asKnownThen.right) };
};

/** The head a council publishes (in its annual report, say) so anyone with a copy can check nothing before it changed. */
export const headToPublish = (report: VerificationReport): PublishedHead => {
  if (report.headPosition === undefined) throw new Error('An empty store has no head to publish.');
  return { position: report.headPosition, headHash: report.headHash };
};

/** Another system writes straight to the store, around the deciders: a discussion after consent was withdrawn. */
const writeAroundTheRules = async (hub: SampleHub): Promise<void> => {
  const samCase = '0199a1b2-0000-7000-8000-000000000002';
  await hub.record(referAlex({ childReference: 'child-0043', personal: { childName: 'Sam Patel', dateOfBirth: '2015-05-02', narrative: 'Anxious about coming to school.' } }, samCase), '2025-09-22T11:00:00.000Z');
  await hub.record({ type: 'WithdrawConsent', caseId: samCase, occurredOn: '2025-09-29', withdrawnBy: 'parent-or-carer' }, '2025-09-29T12:00:00.000Z');
  const discussed = CaseEvent.encode({ type: 'Discussed', caseId: samCase, occurredOn: '2025-10-08', meeting: autumn1 });
  const metadata = { recordedAt: '2025-12-04T08:00:00.000Z', actor: { id: 'legacy-import', role: 'system' }, correlationId: 'import-1', causationId: 'import-1' };
  await hub.chained.append(caseStreamId(samCase), [{ eventId: 'legacy-1', type: 'Discussed', schemaVersion: 1, data: discussed, metadata }], 'stream_exists');
};

export const auditSample = async () => {
  const hub = sampleHub();
  await recordAlexsFirstHalfTerm(hub);
  const timelines = await replayAlexInOctober(hub.readable);

  // Verify the store as written (beneath the personal-data layer: no key is needed) and publish its head.
  const autumnReport = await verifyStore(hub.raw);
  const published = headToPublish(autumnReport);

  // Later: a review through the rules, and an event written around them.
  await hub.record(
    { type: 'Review', caseId: alexCase, occurredOn: '2025-12-03', meeting: autumn2, outcomes: [{ actionId: visualTimetable, outcome: 'did-not-work' }], conclusion: 'not-working' },
    '2025-12-03T16:00:00.000Z',
  );
  await writeAroundTheRules(hub);

  // Verify again, checking the head published in the autumn.
  const winterReport = await verifyStore(hub.raw, { publishedHeads: [published] });

  // Export the store as written, and import the file into a new store: it must add up to the head.
  const lines: string[] = [];
  for await (const line of exportStore(hub.raw)) lines.push(line);
  const copy = new InMemoryEventStore();
  const imported = await importEvents(() => lines, copy, { expectedHeadHash: winterReport.headHash });
  const copyReport = await verifyStore(copy);

  // A copy with one event edited is refused, naming the line.
  const edited = lines.map((line, index) => (index === 0 ? line.replace('"school":"124567"', '"school":"765421"') : line));
  const refused = await importEvents(() => edited, new InMemoryEventStore());

  return { timelines, autumnReport, published, winterReport, winterText: formatVerificationReport(winterReport), imported, copyReport, refused, officer };
};
