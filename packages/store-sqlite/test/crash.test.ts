import { verifyChain, type RecordedEvent } from '@send-hub/event-store';
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

/** 200 unless SEND_HUB_CRASH_KILLS names another count (a shorter run to measure the test itself). */
const kills = Number(process.env.SEND_HUB_CRASH_KILLS ?? 200);
/** Writers killed at the same time, each on a file of its own: most of the test is waiting for processes to start. */
const lanes = 2;
/** Appenders in each writer, so that their appends are grouped into shared commits. */
const appenders = 8;
const mostAppendsBeforeKill = 8;
const longestExtraLifeMs = 15;

/**
 * Runs the writer until it has acknowledged a random number of appends, lets it go on
 * for a random few milliseconds more (so the kill lands anywhere in an append: before,
 * inside or after its transaction), kills it with SIGKILL, and returns what it acknowledged.
 */
const runAndKill = async (file: string, writerName: string): Promise<Acknowledged[]> => {
  const writer = startFixture('crash-writer.ts', [file, writerName, String(appenders)]);
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
  problems.push(...verifyChain(events).problems.map((problem) => `the hash chain: ${problem.message}`));
  for (const ack of acknowledged) {
    const last = batches.get(ack.batchId)?.at(-1);
    const landed = `${ack.stream} revision ${ack.revision} at position ${ack.position}`;
    const found = last === undefined ? 'missing' : `${last.streamId} revision ${last.revision.toString()} at position ${last.position.toString()}`;
    if (found !== landed) problems.push(`acknowledged batch ${ack.batchId} ended at ${landed}, but the store has ${found}`);
  }
  return problems;
};

/** Kills writers on one file in turn, checking the file after each kill; returns how many appends they acknowledged. */
const killOneLane = async (lane: number): Promise<number> => {
  const file = temporary.file(`events-${lane}.sqlite`);
  const acknowledged: Acknowledged[] = [];
  for (let kill = 1; kill <= Math.ceil(kills / lanes); kill += 1) {
    acknowledged.push(...(await runAndKill(file, `writer-${lane}-${kill}`)));
    const store = openSqliteEventStore({ file });
    expect({ lane, afterKill: kill, problems: findInconsistencies(await collect(store.readAll()), acknowledged) }).toEqual({ lane, afterKill: kill, problems: [] });
    await store.dispose();
  }
  return acknowledged.length;
};

describe('a writer killed at random moments during grouped appends', () => {
  it(`loses no acknowledged append, leaves no half-written batch and keeps the hash chain whole, over ${kills} kills`, async () => {
    const acknowledged = await Promise.all(Array.from({ length: lanes }, (_, lane) => killOneLane(lane)));
    // Each writer was killed while busy appending, after at least one acknowledged append.
    expect(acknowledged.reduce((total, count) => total + count, 0)).toBeGreaterThanOrEqual(kills);
    // Each kill costs a process start, and each check after a kill reads the whole file again (about 650,000 events per lane
    // by the end, on a two-core machine): the whole test took about 22 minutes there, so it is given 50.
  }, 3_000_000);
});
