import { layerHubStore } from '@send-hub/application';
import { verifyStore } from '@send-hub/audit';
import { cryptoRandomBytes, hmacSealer, type Sealer } from '@send-hub/event-store';
import type { BenchmarkContext } from './support/benchmark-context';
import { check, groupResult, type GroupResult } from './support/benchmark-result';
import { caseCommandHandler, recordEvery } from './support/case-command-handler';
import { caseJourneys, commandsInRecordingOrder } from './support/hub-history';
import { openInMemoryStores, sqliteStoresIn, type OpenedStores } from './support/opened-stores';
import { withScratchFolder } from './support/scratch-folder';
import { perSecond, timeRounds, type Side } from './support/timing';

type Sealing = 'unsealed' | 'sealed';

const sealer: Sealer = hmacSealer('benchmark-sealing-key', cryptoRandomBytes(32));

/** Records every command through the hub's own handler and layers, on a new store, sealed or not. */
const recordAll = (sealing: Sealing, open: () => OpenedStores, commands: ReadonlyArray<unknown>): Side => async (time) => {
  const opened = open();
  const layers = layerHubStore(opened.store, opened.keyStore, cryptoRandomBytes, sealing === 'sealed' ? sealer : undefined);
  const handle = caseCommandHandler(layers.readable, { cached: true });
  await time(async () => void (await recordEvery(handle, commands)));
  await opened.close();
};

const commandRates = async (context: BenchmarkContext, label: string, open: () => OpenedStores, commands: ReadonlyArray<unknown>) => {
  const timings = await timeRounds(context, label, { unsealed: recordAll('unsealed', open, commands), sealed: recordAll('sealed', open, commands) });
  return (sealing: Sealing) => perSecond(commands.length, timings[sealing]);
};

/** Verifying a sealed store with its seals checked, against the same verification without them. */
const verificationRates = async (context: BenchmarkContext, commands: ReadonlyArray<unknown>) => {
  const opened = openInMemoryStores();
  const layers = layerHubStore(opened.store, opened.keyStore, cryptoRandomBytes, sealer);
  const events = await recordEvery(caseCommandHandler(layers.readable, { cached: true }), commands);
  const verifying = (sealing: Sealing): Side => async (time) =>
    time(async () => {
      const report = await verifyStore(opened.store, sealing === 'sealed' ? { sealing: { sealers: [sealer] } } : {});
      if (!report.verified) throw new Error(`The benchmark's own history does not verify: ${report.problems[0]?.message ?? ''}`);
    });
  const timings = await timeRounds(context, 'sealing: verification', { unsealed: verifying('unsealed'), sealed: verifying('sealed') });
  await opened.close();
  return (sealing: Sealing) => perSecond(events, timings[sealing]);
};

/**
 * What sealing costs: commands recorded through the hub's handler and store layers
 * with every event sealed (HMAC-SHA-256 of its hash), as a ratio to the same commands
 * unsealed in the same run, in memory and on SQLite; and verification with seals checked.
 */
export const sealing = async (context: BenchmarkContext): Promise<GroupResult> => {
  const { settings } = context;
  const inMemory = commandsInRecordingOrder(caseJourneys(settings.quick ? settings.events : Math.round(settings.events / 4)));
  const onSqlite = commandsInRecordingOrder(caseJourneys(settings.quick ? 200 : Math.max(1_000, Math.round(settings.events / 100))));
  const memoryRate = await commandRates(context, 'sealing: in-memory store', openInMemoryStores, inMemory);
  const sqliteRate = await withScratchFolder(settings.folder, async (folder) => commandRates(context, 'sealing: SQLite store', sqliteStoresIn(folder), onSqlite));
  const verifyRate = await verificationRates(context, inMemory);
  const perCommand = (where: string, rate: (sealing: Sealing) => number) =>
    check({
      name: `${where}: sealed commands`,
      measures: `case commands recorded through the hub's handler and layers with every event sealed, on ${where}`,
      unit: 'commands/s',
      figure: rate('sealed'),
      baseline: { measures: 'the same commands, unsealed: the cost of sealing is 1 - ratio', figure: rate('unsealed') },
    });
  return groupResult({
    issue: 14,
    title: 'Sealing events, as a ratio to the same work unsealed',
    settings: { inMemoryCommands: inMemory.length, sqliteCommands: onSqlite.length, sqliteDurability: 'full (the default)', rounds: settings.rounds },
    checks: [
      perCommand('in-memory store', memoryRate),
      perCommand('SQLite store', sqliteRate),
      check({
        name: 'verification with seals checked',
        measures: 'verifyStore over the sealed in-memory history, checking every seal',
        unit: 'events/s',
        figure: verifyRate('sealed'),
        baseline: { measures: 'verifyStore over the same history without checking seals', figure: verifyRate('unsealed') },
      }),
    ],
    notes: [
      'No goal is set for these ratios: they are reported. A ratio of 0.95 means sealing costs 5% of the rate.',
      'Each command is one append; sealing adds one HMAC-SHA-256 over a 64-character hash an event, and a copy of its metadata.',
      'On SQLite each command is one fsync-ed transaction, so there the ratio mostly shows the disk; the in-memory ratio shows the code.',
    ],
  });
};
