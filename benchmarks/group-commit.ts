import type { BenchmarkContext } from './support/benchmark-context';
import { check, groupResult, type Check, type GroupResult } from './support/benchmark-result';
import { fileSystemOf } from './support/file-system';
import { caseJourneys, hubHistory } from './support/hub-history';
import { withScratchFolder } from './support/scratch-folder';
import { perSecond, timeRounds, type Side } from './support/timing';
import { concurrentWriters, fileNamer, FastestRound, percentile, shareOut } from './sqlite/concurrent-writers';
import { rawDurableCommits } from './sqlite/raw-sqlite';

const writerCounts = [1, 8, 64] as const;
type Grouped = `group commit, ${(typeof writerCounts)[number]} writer${'' | 's'}`;
const today = 'today: one transaction per command, 1 writer';
const raw = 'raw durable commits';
type SideName = Grouped | typeof today | typeof raw;

const writersLabel = (writers: number): string => `${writers} writer${writers === 1 ? '' : 's'}`;
const groupedName = (writers: number): Grouped => `group commit, ${writersLabel(writers)}` as Grouped;

/**
 * Issue 16, group commit: 1, 8 and 64 officers recording commands at the same time through
 * one `openSqliteHub` (durability full), against better-sqlite3 alone committing one event
 * per durable transaction, and against the hub as it was before group commit (each command
 * its own transaction) at 1 writer, all measured in the same run, taking turns.
 */
export const groupCommitThroughput = async (context: BenchmarkContext): Promise<GroupResult> => {
  const { settings } = context;
  const journeys = caseJourneys(settings.quick ? 256 : Math.max(1_000, Math.round(settings.events / 100)));
  const commandCount = journeys.reduce((total, journey) => total + journey.commands.length, 0);
  const rawEvents = hubHistory(commandCount).stored;
  const fileSystem = fileSystemOf(settings.folder);
  const fastest = new Map<SideName, FastestRound>();
  const { timings, latencies } = await withScratchFolder(settings.folder, async (folder) => {
    const newFile = fileNamer(folder, 'group-commit');
    const hubSide = (name: SideName, writers: number, groupCommit: boolean): [SideName, Side] => {
      const round = new FastestRound();
      fastest.set(name, round);
      return [name, concurrentWriters({ newFile, officers: shareOut(journeys, writers), groupCommit, fastest: round })];
    };
    const sides: Record<SideName, Side> = Object.fromEntries([
      hubSide(today, 1, false),
      ...writerCounts.map((writers) => hubSide(groupedName(writers), writers, true)),
      [raw, rawDurableCommits(newFile, rawEvents)],
    ]) as Record<SideName, Side>;
    const measured = await timeRounds(context, 'group commit', sides);
    return { timings: measured, latencies: (name: SideName) => fastest.get(name)?.latencies ?? [] };
  });
  const rate = (name: SideName) => perSecond(name === raw ? rawEvents.length : commandCount, timings[name]);
  const rawBaseline = { measures: 'better-sqlite3 alone committing one event per transaction with synchronous = FULL, on the same disk', figure: rate(raw) };
  const todayBaseline = { measures: 'the same hub with groupCommit: false (each command committed in a transaction of its own, as before group commit), 1 writer', figure: rate(today) };
  const latencyChecks = (name: SideName, writers: number): Check[] =>
    (
      [
        ['median', 0.5],
        ['99th percentile', 0.99],
      ] as const
    ).map(([label, share]) =>
      check({
        name: `${writersLabel(writers)}: ${label} latency`,
        measures: `time from calling hub.recordCase to its durable acknowledgement, ${label} over every command of the fastest round`,
        unit: 'ms',
        figure: percentile(latencies(name), share),
        baseline: { measures: `the ${label} with one writer and one transaction per command (as before group commit)`, figure: percentile(latencies(today), share) },
      }),
    );
  const checks: Check[] = [
    ...writerCounts.map((writers) =>
      check({
        name: writersLabel(writers),
        measures: `commands/s through openSqliteHub with group commit, ${writersLabel(writers)} recording at the same time`,
        unit: 'commands/s',
        figure: rate(groupedName(writers)),
        ...(writers === 1
          ? { baseline: todayBaseline, goal: { on: 'ratio' as const, atLeast: 1, text: 'no slower than one transaction per command (today) at 1 writer' } }
          : { baseline: rawBaseline }),
        ...(writers === 64 ? { goal: { on: 'ratio' as const, atLeast: 2, text: 'at 64 writers, at least twice raw better-sqlite3 committing one event per durable transaction' } } : {}),
      }),
    ),
    check({ name: 'today, 1 writer', measures: `${todayBaseline.measures}; its baseline is raw commits`, unit: 'commands/s', figure: rate(today), baseline: rawBaseline }),
    ...writerCounts.flatMap((writers) => latencyChecks(groupedName(writers), writers)),
  ];
  return groupResult({
    issue: 16,
    title: 'Group commit: concurrent writers through openSqliteHub sharing one durable transaction',
    settings: { folder: settings.folder, fileSystem, durability: 'full', commands: commandCount, cases: journeys.length, writers: [...writerCounts], rawCommits: rawEvents.length, rounds: settings.rounds },
    checks,
    notes: [
      'Each officer records the commands of their own cases (cases shared out in turn), one command at a time, each awaited; the officers run at the same time in one process, through one hub, as a service would serve them.',
      'Every hub side does the whole command: decode, load through the state cache, decide, encrypt personal fields (a new key per child, in the key file), hash chain, append; the read models are not started.',
      `SQLite files were in ${settings.folder} (${fileSystem}); with synchronous = FULL a commit waits for the disk to flush.`,
    ],
  });
};
