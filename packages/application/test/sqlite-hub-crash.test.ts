import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ChainVerifier, type RecordedEvent } from '@send-hub/event-store';
import { finished, startTypeScript } from '../../store-sqlite/test/support/child-process';
import { openSqliteHub, type Hub } from '../src';

/** What the writer printed once a command was acknowledged. */
interface Acknowledged {
  readonly caseId: string;
  readonly childReference: string;
  readonly type: string;
  readonly eventIds: ReadonlyArray<string>;
  readonly position: string;
}

/**
 * Fewer kills than the store's own crash test (200, in store-sqlite), which shows the grouped
 * commit itself; these show the whole hub on top of it: keys, hash chain, verification.
 * SEND_HUB_CRASH_KILLS names another count (to measure the test itself).
 */
const kills = Number(process.env.SEND_HUB_CRASH_KILLS ?? 10);
/** Writers killed at the same time, each on a file of its own: the test waits mostly for processes to start. */
const lanes = 2;
const officers = 16;
const mostCommandsBeforeKill = 40;
const longestExtraLifeMs = 20;

/**
 * Starts the writer, lets it acknowledge a random number of commands and live a random
 * few milliseconds more (so the kill lands anywhere: in a command, in a grouped commit,
 * between two), kills it with SIGKILL, and returns every command it acknowledged.
 */
const runAndKill = async (file: string): Promise<Acknowledged[]> => {
  const writer = startTypeScript(join(__dirname, 'fixtures', 'grouped-crash-writer.ts'), [file, String(officers)]);
  const output = finished(writer);
  let countdown = 1 + Math.floor(Math.random() * mostCommandsBeforeKill);
  writer.stdout.on('data', (chunk: Buffer | string) => {
    const lines = String(chunk).split('\n').length - 1;
    if (countdown > 0 && (countdown -= lines) <= 0) setTimeout(() => writer.kill('SIGKILL'), Math.random() * longestExtraLifeMs);
  });
  const { stdout, stderr, signal } = await output;
  if (signal !== 'SIGKILL') throw new Error(`The writer stopped by itself before the kill: ${stderr}`);
  // A line cut short is no acknowledgement: only whole lines count.
  return stdout.split('\n').slice(0, -1).map((line) => JSON.parse(line) as Acknowledged);
};

/** What the checks so far have established about one lane's file, so that each check after a kill reads only what is new. */
interface Checked {
  /** Position of the last event checked; 0n before the first. */
  position: bigint;
  /** The id of that event: it must still be there, unchanged, at the next check. */
  eventId: string | undefined;
  /** The hash chain (and each stream's revisions), checked so far: the next event of each stream must continue it. */
  readonly chain: ChainVerifier;
}

const nothingChecked = (): Checked => ({ position: 0n, eventId: undefined, chain: new ChainVerifier() });

const auditor = { actor: { id: 'auditor-1', role: 'data-protection-officer', agency: 'other', districts: [] } } as const;
const withBigIntsAsText = (_: string, value: unknown): unknown => (typeof value === 'bigint' ? String(value) : value);

/**
 * Everything wrong with `events` (the stored events after `checked.position`, in global
 * order) and with the commands `acknowledged` while they were written, in words; empty
 * when all is well. Advances `checked` past the events.
 */
const findProblems = async (hub: Hub, events: ReadonlyArray<RecordedEvent>, acknowledged: ReadonlyArray<Acknowledged>, checked: Checked): Promise<string[]> => {
  const problems: string[] = [];
  events.forEach((event, index) => {
    const expectedPosition = checked.position + BigInt(index + 1);
    if (event.position !== expectedPosition) problems.push(`position ${event.position.toString()} should be position ${expectedPosition.toString()}: a gap or a duplicate`);
    problems.push(...checked.chain.check(event).map((problem) => `the hash chain: ${problem.message}`));
  });
  const byId = new Map(events.map((event) => [event.eventId, event]));
  for (const ack of acknowledged) {
    const found = ack.eventIds.map((eventId) => byId.get(eventId));
    if (found.some((event) => event === undefined)) problems.push(`acknowledged ${ack.type} of ${ack.caseId} is missing ${found.filter((event) => event === undefined).length} of its ${ack.eventIds.length} events`);
    else if (found.at(-1)?.position !== BigInt(ack.position)) problems.push(`acknowledged ${ack.type} of ${ack.caseId} ended at position ${ack.position}, but the store has it elsewhere`);
    const key = ack.type === 'Refer' ? await hub.keyStore.get(ack.childReference) : undefined;
    if (key !== undefined && key.status !== 'active') problems.push(`acknowledged referral of ${ack.childReference} has no key: ${key.status}`);
  }
  // Every command's events (one correlation id each) sit together in each stream it writes: consecutive positions and
  // revisions. A referral writes two: its child's stream first (decision 40), then its case's, each in one append.
  const commands = new Map<string, RecordedEvent[]>();
  for (const event of events) {
    const key = `${event.metadata.correlationId} in ${event.streamId.startsWith('child-') ? 'the child’s stream' : 'its case’s stream'}`;
    commands.set(key, [...(commands.get(key) ?? []), event]);
  }
  for (const [correlationId, written] of commands) {
    const first = written[0];
    const together = written.every(
      (event, index) => event.streamId === first?.streamId && event.position === first.position + BigInt(index) && event.revision === first.revision + BigInt(index),
    );
    if (!together) problems.push(`the events of command ${correlationId} are not together in one stream`);
  }
  const newest = events.at(-1);
  if (newest !== undefined) {
    checked.position = newest.position;
    checked.eventId = newest.eventId;
  }
  return problems;
};

/** What a kill left: the event checked last is still there, and what came after it is whole; reads only that. */
const checkAfterKill = async (file: string, acknowledged: ReadonlyArray<Acknowledged>, checked: Checked): Promise<string[]> => {
  const hub = openSqliteHub({ file });
  try {
    const events: RecordedEvent[] = [];
    for await (const event of hub.stores.raw.readAll(checked.position > 1n ? { after: checked.position - 1n } : {})) events.push(event);
    const problems: string[] = [];
    if (checked.eventId !== undefined) {
      const again = events.shift();
      if (again?.position !== checked.position || again.eventId !== checked.eventId) problems.push(`the event checked last, at position ${checked.position.toString()}, is no longer there`);
    }
    return [...problems, ...(await findProblems(hub, events, acknowledged, checked))];
  } finally {
    await hub.dispose();
  }
};

/** Once at the end: the hub's own full verify, and every check above over the whole file with every acknowledged command. */
const checkWholeFile = async (file: string, acknowledged: ReadonlyArray<Acknowledged>, checkedAfterKills: Checked): Promise<string[]> => {
  const hub = openSqliteHub({ file });
  try {
    const problems: string[] = [];
    const verified = await hub.verify(auditor);
    if (verified._tag === 'Left') throw new Error(verified.left.message);
    const report = verified.right;
    if (!report.verified) problems.push(`verify found ${report.problemCount} problems: ${JSON.stringify(report.problems.slice(0, 3), withBigIntsAsText)}`);
    const events: RecordedEvent[] = [];
    for await (const event of hub.stores.raw.readAll()) events.push(event);
    const fromStart = nothingChecked();
    problems.push(...(await findProblems(hub, events, acknowledged, fromStart)));
    if (fromStart.chain.headHash !== checkedAfterKills.chain.headHash) problems.push('the whole hash chain ends at another head than the checks after each kill reached');
    return problems;
  } finally {
    await hub.dispose();
  }
};

const killOneLane = async (folder: string, lane: number, killsInLane: number): Promise<{ acknowledged: number; problems: string[] }> => {
  const file = join(folder, `hub-${lane}.sqlite`);
  const acknowledged: Acknowledged[] = [];
  const checked = nothingChecked();
  for (let kill = 1; kill <= killsInLane; kill += 1) {
    const acknowledgedNow = await runAndKill(file);
    acknowledged.push(...acknowledgedNow);
    const problems = await checkAfterKill(file, acknowledgedNow, checked);
    if (problems.length > 0) return { acknowledged: acknowledged.length, problems: [`after kill ${kill} of lane ${lane}:`, ...problems] };
  }
  const problems = await checkWholeFile(file, acknowledged, checked);
  return { acknowledged: acknowledged.length, problems: problems.length > 0 ? [`the whole file of lane ${lane}:`, ...problems] : [] };
};

describe('a hub on SQLite killed at random during grouped writes', () => {
  let folder: string;
  beforeEach(() => (folder = mkdtempSync(join(tmpdir(), 'send-hub-crash-'))));
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it(`loses no acknowledged command, half-writes none and verifies clean, over ${kills} kills`, async () => {
    const results = await Promise.all(Array.from({ length: lanes }, (_, lane) => killOneLane(folder, lane, Math.ceil(kills / lanes))));
    expect(results.flatMap((result) => result.problems)).toEqual([]);
    // Each writer was killed while its officers were busy, after at least one acknowledged command.
    expect(results.reduce((total, result) => total + result.acknowledged, 0)).toBeGreaterThanOrEqual(kills);
  }, 600_000);
});
