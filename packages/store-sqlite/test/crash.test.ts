import { ChainVerifier, type RecordedEvent } from '@send-hub/event-store';
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

/** What the checks so far have established about one lane's file, so that each check after a kill reads only what is new. */
interface Checked {
  /** Position of the last event checked; 0n before the first. */
  position: bigint;
  /** The id of that event: it must still be there, unchanged, at the next check. */
  eventId: string | undefined;
  /** The revision each stream's next event must have. */
  readonly nextRevision: Map<string, bigint>;
  /** The hash chain, checked so far: the next event of each stream must continue it. */
  readonly chain: ChainVerifier;
}

const nothingChecked = (): Checked => ({ position: 0n, eventId: undefined, nextRevision: new Map(), chain: new ChainVerifier() });

/** The events of each batch, by batch id, in the order read. */
const batchesOf = (events: ReadonlyArray<RecordedEvent>): Map<string, RecordedEvent[]> => {
  const batches = new Map<string, RecordedEvent[]>();
  for (const event of events) {
    const { batchId } = event.data as CrashTestData;
    const batch = batches.get(batchId);
    if (batch === undefined) batches.set(batchId, [event]);
    else batch.push(event);
  }
  return batches;
};

/**
 * Everything wrong with `events` (the events after `checked.position`, in global order)
 * and with the appends `acknowledged` since the last check, in words; empty when all is
 * well. Advances `checked` past the events: positions, each stream's revisions and the
 * hash chain carry on from where the last check ended.
 */
const findInconsistencies = (events: ReadonlyArray<RecordedEvent>, acknowledged: ReadonlyArray<Acknowledged>, checked: Checked): string[] => {
  const problems: string[] = [];
  events.forEach((event, index) => {
    const at = `position ${event.position.toString()}`;
    const expectedPosition = checked.position + BigInt(index + 1);
    if (event.position !== expectedPosition) problems.push(`${at} should be position ${expectedPosition.toString()}: a gap or a duplicate`);
    if (event.corruption !== undefined) problems.push(`${at} is corrupted: ${event.corruption}`);
    const expectedRevision = checked.nextRevision.get(event.streamId) ?? 0n;
    if (event.revision !== expectedRevision) problems.push(`${at} has revision ${event.revision.toString()}, expected ${expectedRevision.toString()}`);
    checked.nextRevision.set(event.streamId, event.revision + 1n);
    problems.push(...checked.chain.check(event).map((problem) => `the hash chain: ${problem.message}`));
  });
  const batches = batchesOf(events);
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
  const newest = events.at(-1);
  if (newest !== undefined) {
    checked.position = newest.position;
    checked.eventId = newest.eventId;
  }
  return problems;
};

/**
 * Checks what a kill left: the last event checked before is still there, and every event
 * after it is whole and in order. Batches that land after a kill are all the new writer's
 * (a batch of an earlier writer among them would be one that reappeared or moved), so the
 * writer's own acknowledgements are the ones to find.
 */
const checkAfterKill = async (file: string, writerName: string, acknowledged: ReadonlyArray<Acknowledged>, checked: Checked): Promise<string[]> => {
  const store = openSqliteEventStore({ file });
  try {
    const read = await collect(store.readAll(checked.position > 1n ? { after: checked.position - 1n } : {}));
    const problems: string[] = [];
    if (checked.eventId !== undefined) {
      const again = read.shift();
      if (again?.position !== checked.position || again.eventId !== checked.eventId) problems.push(`the event checked last, at position ${checked.position.toString()}, is no longer there`);
    }
    const strangers = read.filter((event) => !(event.data as CrashTestData).batchId.startsWith(`${writerName}-`));
    if (strangers.length > 0) problems.push(`${strangers.length} events after position ${checked.position.toString()} are not the last writer's`);
    return [...problems, ...findInconsistencies(read, acknowledged, checked)];
  } finally {
    await store.dispose();
  }
};

/**
 * Once at the end: the whole file from the start, as every check after a kill did before
 * they read only what was new: every batch acknowledged by any writer, the whole hash chain
 * (and the same head as the checks after each kill reached), one event per position.
 */
const checkWholeFile = async (file: string, acknowledged: ReadonlyArray<Acknowledged>, checkedAfterKills: Checked): Promise<string[]> => {
  const store = openSqliteEventStore({ file });
  try {
    const events = await collect(store.readAll());
    const fromStart = nothingChecked();
    const problems = findInconsistencies(events, acknowledged, fromStart);
    if (fromStart.chain.headHash !== checkedAfterKills.chain.headHash) problems.push('the whole hash chain ends at another head than the checks after each kill reached');
    if (fromStart.position !== checkedAfterKills.position) problems.push(`the file ends at position ${fromStart.position.toString()}, the checks after each kill at ${checkedAfterKills.position.toString()}`);
    return problems;
  } finally {
    await store.dispose();
  }
};

/** Kills writers on one file in turn, checking what is new after each kill and the whole file at the end; returns how many appends they acknowledged. */
const killOneLane = async (lane: number): Promise<number> => {
  const file = temporary.file(`events-${lane}.sqlite`);
  const acknowledged: Acknowledged[] = [];
  const checked = nothingChecked();
  for (let kill = 1; kill <= Math.ceil(kills / lanes); kill += 1) {
    const writerName = `writer-${lane}-${kill}`;
    const acknowledgedNow = await runAndKill(file, writerName);
    acknowledged.push(...acknowledgedNow);
    const problems = await checkAfterKill(file, writerName, acknowledgedNow, checked);
    expect({ lane, afterKill: kill, problems }).toEqual({ lane, afterKill: kill, problems: [] });
  }
  expect({ lane, wholeFile: await checkWholeFile(file, acknowledged, checked) }).toEqual({ lane, wholeFile: [] });
  return acknowledged.length;
};

describe('a writer killed at random moments during grouped appends', () => {
  it(`loses no acknowledged append, leaves no half-written batch and keeps the hash chain whole, over ${kills} kills`, async () => {
    const acknowledged = await Promise.all(Array.from({ length: lanes }, (_, lane) => killOneLane(lane)));
    // Each writer was killed while busy appending, after at least one acknowledged append.
    expect(acknowledged.reduce((total, count) => total + count, 0)).toBeGreaterThanOrEqual(kills);
    // Each kill costs a process start; each check after a kill reads only what that writer added, and the whole file
    // is read once, at the end. With 200 kills it took 17 minutes on a two-core machine under a load average of about 20
    // (mostly waiting for processes to start), so it keeps the 50 minutes it was given when it re-read the file after every kill.
  }, 3_000_000);
});
