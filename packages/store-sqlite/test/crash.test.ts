import type { RecordedEvent } from '@send-hub/event-store';
import { openSqliteEventStore } from '../src';
import { finished, lineMatching, startFixture } from './support/child-process';
import { collect } from './support/events';
import { useTemporaryFolder } from './support/temporary-files';

const temporary = useTemporaryFolder();

/** What the writer printed after an append was acknowledged. */
interface Acknowledged {
  readonly batchId: string;
  readonly stream: string;
  readonly size: number;
  readonly revision: string;
  readonly position: string;
}

interface CrashTestData {
  readonly batchId: string;
  readonly index: number;
  readonly size: number;
}

const kills = 20;
const mostAppendsBeforeKill = 8;
const longestExtraLifeMs = 15;

/**
 * Runs the writer until it has acknowledged a random number of appends, lets it go on
 * for a random few milliseconds more (so the kill lands anywhere in an append: before,
 * inside or after its transaction), kills it with SIGKILL, and returns what it acknowledged.
 */
const runAndKill = async (file: string, writerName: string): Promise<Acknowledged[]> => {
  const writer = startFixture('crash-writer.ts', [file, writerName]);
  const output = finished(writer);
  let appendsBeforeKill = 1 + Math.floor(Math.random() * mostAppendsBeforeKill);
  try {
    await lineMatching(writer, (line) => line.startsWith('{') && (appendsBeforeKill -= 1) === 0);
  } catch {
    throw new Error(`The writer ended before it was killed. Its errors: ${(await output).stderr}`);
  }
  await new Promise((resolve) => setTimeout(resolve, Math.random() * longestExtraLifeMs));
  writer.kill('SIGKILL');
  const { stdout, stderr, signal } = await output;
  if (signal !== 'SIGKILL') throw new Error(`The writer stopped by itself before the kill: ${stderr}`);
  // A line cut short cannot happen for writes this small to a pipe, but would be no acknowledgement anyway.
  const lines = stdout.split('\n').slice(0, -1);
  return lines.filter((line) => line.startsWith('{')).map((line) => JSON.parse(line) as Acknowledged);
};

/** Everything wrong with the store's contents, in words; empty when all is well. */
const findInconsistencies = (events: ReadonlyArray<RecordedEvent>, acknowledged: ReadonlyArray<Acknowledged>): string[] => {
  const problems: string[] = [];
  const nextRevision = new Map<string, bigint>();
  const batches = new Map<string, RecordedEvent[]>();
  events.forEach((event, index) => {
    const at = `position ${event.position.toString()}`;
    if (event.position !== BigInt(index + 1)) problems.push(`${at} is event number ${index + 1}: a gap or a duplicate`);
    if (event.corruption !== undefined) problems.push(`${at} is corrupted: ${event.corruption}`);
    const expectedRevision = nextRevision.get(event.streamId) ?? 0n;
    if (event.revision !== expectedRevision) problems.push(`${at} has revision ${event.revision.toString()}, expected ${expectedRevision.toString()}`);
    nextRevision.set(event.streamId, event.revision + 1n);
    const { batchId } = event.data as CrashTestData;
    batches.set(batchId, [...(batches.get(batchId) ?? []), event]);
  });
  for (const [batchId, batch] of batches) {
    const first = batch[0];
    const { size } = first?.data as CrashTestData;
    const whole = batch.length === size && batch.every((event, index) => (event.data as CrashTestData).index === index);
    if (!whole) problems.push(`batch ${batchId} has ${batch.length} of its ${size} events`);
    const together = batch.every(
      (event, index) => event.streamId === first?.streamId && event.position === (first?.position ?? 0n) + BigInt(index),
    );
    if (!together) problems.push(`batch ${batchId} is not at consecutive positions of one stream`);
  }
  for (const ack of acknowledged) {
    const last = batches.get(ack.batchId)?.at(-1);
    const landed = `${ack.stream} revision ${ack.revision} at position ${ack.position}`;
    const found = last === undefined ? 'missing' : `${last.streamId} revision ${last.revision.toString()} at position ${last.position.toString()}`;
    if (found !== landed) problems.push(`acknowledged batch ${ack.batchId} ended at ${landed}, but the store has ${found}`);
  }
  return problems;
};

describe('a writer killed at random moments', () => {
  it(`loses no acknowledged append and leaves no half-written batch, over ${kills} kills`, async () => {
    const file = temporary.file();
    const acknowledged: Acknowledged[] = [];
    for (let kill = 1; kill <= kills; kill += 1) {
      acknowledged.push(...(await runAndKill(file, `writer-${kill}`)));
      const store = openSqliteEventStore({ file });
      expect({ afterKill: kill, problems: findInconsistencies(await collect(store.readAll()), acknowledged) }).toEqual({
        afterKill: kill,
        problems: [],
      });
      await store.dispose();
    }
    // Each writer was killed while busy appending, after at least one acknowledged append.
    expect(acknowledged.length).toBeGreaterThanOrEqual(kills);
  });
});
