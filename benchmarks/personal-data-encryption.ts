import { withHubPersonalDataEncryption } from '@send-hub/audit';
import { withHashChain, type EventStore } from '@send-hub/event-store';
import type { BenchmarkContext } from './support/benchmark-context';
import { check, groupResult, type Check, type GroupResult } from './support/benchmark-result';
import { fileSystemOf } from './support/file-system';
import { hubHistory, type RecordedAppend } from './support/hub-history';
import { openInMemoryStores, sqliteStoresIn, type OpenedStores } from './support/opened-stores';
import { withScratchFolder } from './support/scratch-folder';
import { perSecond, timeRounds, type Side } from './support/timing';

type Opened = OpenedStores;

type Stack = 'raw store' | 'hash chain' | 'encryption over hash chain';

const stackOver = (stack: Stack, opened: Opened): EventStore =>
  stack === 'raw store' ? opened.store : stack === 'hash chain' ? withHashChain(opened.store) : withHubPersonalDataEncryption(withHashChain(opened.store), { keyStore: opened.keyStore });

/** Appends each recorded append in turn, at the revision the handler used, as the hub does with one command at a time. */
const appendAll = (stack: Stack, open: () => Opened, appends: ReadonlyArray<RecordedAppend>): Side => async (time) => {
  const opened = open();
  const store = stackOver(stack, opened);
  await time(async () => {
    for (const { streamId, events, expected } of appends) {
      const appended = await store.append(streamId, events, expected);
      if (appended._tag === 'Left') throw new Error(appended.left.message);
    }
  });
  await opened.close();
};

const compare = async (context: BenchmarkContext, label: string, open: () => Opened, appends: ReadonlyArray<RecordedAppend>, stacks: ReadonlyArray<Stack>) => {
  const sides = Object.fromEntries(stacks.map((stack) => [stack, appendAll(stack, open, appends)])) as Record<Stack, Side>;
  const timings = await timeRounds(context, label, sides);
  return (stack: Stack) => perSecond(appends.length, timings[stack]);
};

const ratios = (where: string, rate: (stack: Stack) => number): Check[] => [
  check({
    name: `${where}: encryption`,
    measures: `appends through withHubPersonalDataEncryption(withHashChain(store)) on ${where}`,
    unit: 'events/s',
    figure: rate('encryption over hash chain'),
    baseline: { measures: `appends through withHashChain(store) alone: the cost of encryption is 1 - ratio`, figure: rate('hash chain') },
  }),
  check({
    name: `${where}: hash chain`,
    measures: `appends through withHashChain(store) on ${where}`,
    unit: 'events/s',
    figure: rate('hash chain'),
    baseline: { measures: 'appends to the raw store', figure: rate('raw store') },
  }),
  check({
    name: `${where}: encryption and hash chain`,
    measures: `appends through both decorators on ${where}`,
    unit: 'events/s',
    figure: rate('encryption over hash chain'),
    baseline: { measures: 'appends to the raw store', figure: rate('raw store') },
  }),
];

/**
 * Issue 5, second half: what personal-data encryption adds to an append, as a ratio
 * to the same appends without it, on the in-memory store and on SQLite. Only
 * referrals carry personal fields, so the hub's real mix is measured, and referrals alone.
 */
export const personalDataEncryption = async (context: BenchmarkContext): Promise<GroupResult> => {
  const { settings } = context;
  const inMemoryEvents = settings.quick ? settings.events : Math.round(settings.events / 4);
  const sqliteEvents = settings.quick ? 200 : Math.max(1_000, Math.round(settings.events / 100));
  const inMemory = hubHistory(inMemoryEvents).appends;
  const referrals = inMemory.filter((append) => append.events.some((event) => event.type === 'Referred'));
  const onSqlite = hubHistory(sqliteEvents).appends;
  const openInMemory = openInMemoryStores;
  const all: ReadonlyArray<Stack> = ['raw store', 'hash chain', 'encryption over hash chain'];
  const memoryRate = await compare(context, 'encryption: in-memory store', openInMemory, inMemory, all);
  const referralRate = await compare(context, 'encryption: in-memory store, referrals only', openInMemory, referrals, ['hash chain', 'encryption over hash chain']);
  const sqliteRate = await withScratchFolder(settings.folder, async (folder) => compare(context, 'encryption: SQLite store', sqliteStoresIn(folder), onSqlite, all));
  const referralShare = inMemory.length === 0 ? 0 : referrals.length / inMemory.length;
  return groupResult({
    issue: 5,
    title: 'Personal-data encryption on append, as a ratio to appends without it',
    settings: {
      inMemoryAppends: inMemory.length,
      referralAppends: referrals.length,
      sqliteAppends: onSqlite.length,
      eventsPerAppend: 1,
      sqliteFolder: settings.folder,
      sqliteFileSystem: fileSystemOf(settings.folder),
      sqliteDurability: 'full (the default), for events and keys',
      rounds: settings.rounds,
    },
    checks: [
      ...ratios('in-memory store', memoryRate),
      check({
        name: 'in-memory store, referrals only: encryption',
        measures: 'appends of Referred events alone (each encrypts three personal fields and creates a child key) through both decorators',
        unit: 'events/s',
        figure: referralRate('encryption over hash chain'),
        baseline: { measures: 'the same referrals through withHashChain(store) alone', figure: referralRate('hash chain') },
      }),
      ...ratios('SQLite store', sqliteRate),
    ],
    notes: [
      `Issue 5 sets no target for these ratios: they are reported, not judged. A ratio of 0.9 means encryption costs 10% of the append rate.`,
      `One event per append, in business-date order, as the case command handler appends; ${(100 * referralShare).toFixed(1)}% of them are referrals, the only events with personal fields. Keys come from node:crypto; each child's key is created at its referral.`,
      'On SQLite every append (and every new child key, in the key store file) is one fsync-ed transaction, so there the ratios mostly show the disk; the in-memory ratios show the code.',
    ],
  });
};
