import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { CaseCommand } from '@send-hub/core';
import type { RecordedEvent } from '@send-hub/event-store';
import { openSqliteEventStore, type Durability } from '@send-hub/store-sqlite';
import type { BenchmarkContext } from '../support/benchmark-context';
import { check, type Check } from '../support/benchmark-result';
import { caseCommandHandler, recordEvery } from '../support/case-command-handler';
import { perSecond, timeRounds, type Side } from '../support/timing';
import { fsyncFloor } from './fsync-floor';
import { rawDurableCommits, removeDatabaseFiles } from './raw-sqlite';

/**
 * One command per durable transaction, as the hub records work: the real case
 * command handler on a new SQLite file, loading, deciding and appending each command
 * in turn. Measured with both durabilities, beside the two floors beneath them: raw
 * SQLite committing one row per transaction, and the disk's own fsync rate.
 */
export const durableCommands = async (
  context: BenchmarkContext,
  folder: string,
  commands: ReadonlyArray<CaseCommand>,
  stored: ReadonlyArray<RecordedEvent>,
): Promise<ReadonlyArray<Check>> => {
  let file = 0;
  const newFile = () => join(folder, `commands-${(file += 1)}.sqlite`);
  const throughHandler =
    (durability: Durability): Side =>
    async (time) => {
      const path = newFile();
      const store = openSqliteEventStore({ file: path, durability });
      const handle = caseCommandHandler(store);
      await time(async () => {
        await recordEvery(handle, commands);
      });
      await store.dispose();
      removeDatabaseFiles(path);
    };
  const timings = await timeRounds(
    context,
    'sqlite: one command per transaction',
    {
      'handler, durability full': throughHandler('full'),
      'handler, durability normal': throughHandler('normal'),
      'raw commits, synchronous FULL': rawDurableCommits(newFile, stored),
      'fsync floor': async (time) => {
        const path = newFile();
        await time(() => fsyncFloor(path, commands.length));
        rmSync(path, { force: true });
      },
    },
  );
  const floor = { measures: 'the disk alone: write one 4 KiB log frame and fdatasync it, in a loop', figure: perSecond(commands.length, timings['fsync floor']) };
  return [
    check({
      name: 'durable commands',
      measures: 'the case command handler on SQLite with durability full (the default): load, decide, append, one fsync-ed transaction per command',
      unit: 'commands/s',
      figure: perSecond(commands.length, timings['handler, durability full']),
      baseline: floor,
      goal: { on: 'figure', atLeast: 5_000, text: 'at least 5,000 commands a second' },
    }),
    check({
      name: 'raw durable commits',
      measures: 'better-sqlite3 alone committing one row per transaction with synchronous = FULL',
      unit: 'commits/s',
      figure: perSecond(stored.length, timings['raw commits, synchronous FULL']),
      baseline: floor,
    }),
    check({
      name: 'commands with durability normal',
      measures: 'the same commands with durability normal (no fsync at commit: a power cut can lose the last acknowledged appends); not the goal, shown for the comparison',
      unit: 'commands/s',
      figure: perSecond(commands.length, timings['handler, durability normal']),
      baseline: floor,
    }),
  ];
};
