import type { BenchmarkContext } from './support/benchmark-context';
import { groupResult, type GroupResult } from './support/benchmark-result';
import { fileSystemOf } from './support/file-system';
import { caseJourneys, commandsInRecordingOrder, hubHistory } from './support/hub-history';
import { withScratchFolder } from './support/scratch-folder';
import { durableCommands } from './sqlite/durable-commands';
import { importAndRead, importBatchSize } from './sqlite/import-and-read';

/**
 * Issue 3: the SQLite store against the simplest code doing the same work on the
 * same file layout, and the hub's real write pattern of one command per durable
 * transaction against the disk's fsync rate.
 */
export const sqliteStore = async (context: BenchmarkContext): Promise<GroupResult> => {
  const { settings } = context;
  const commandCount = settings.quick ? 200 : Math.max(1_000, Math.round(settings.events / 100));
  const history = hubHistory(settings.events);
  const commands = commandsInRecordingOrder(caseJourneys(commandCount));
  const commandHistory = hubHistory(commandCount);
  const fileSystem = fileSystemOf(settings.folder);
  const checks = await withScratchFolder(settings.folder, async (folder) => [
    ...(await importAndRead(context, folder, history.stored)),
    ...(await durableCommands(context, folder, commands, commandHistory.stored)),
  ]);
  const meanBytes = Math.round(history.stored.reduce((total, event) => total + JSON.stringify(event.data).length + JSON.stringify(event.metadata).length, 0) / history.stored.length);
  const durable = checks.find((measured) => measured.name === 'durable commands');
  return groupResult({
    issue: 3,
    title: 'SQLite store: import and read against raw SQLite, and one command per durable transaction',
    settings: {
      folder: settings.folder,
      fileSystem,
      durability: 'full (the default) unless a figure says otherwise',
      importedEvents: history.stored.length,
      importBatchSize,
      meanEventJsonBytes: meanBytes,
      durableCommands: commands.length,
      rounds: settings.rounds,
    },
    checks,
    notes: [
      `SQLite files were in ${settings.folder} (${fileSystem}). With synchronous = FULL each commit waits for an fsync, so on a disk the durable figures measure the disk; on tmpfs (--folder /dev/shm) fsync costs nothing and they measure the code.`,
      'Imported events are the case decider\'s events for seeded journeys, enveloped as the command handler and the hash chain store them (codec-encoded data, metadata with hashes); personal fields are left unencrypted here, which the encryption group covers.',
      ...(durable?.baseline !== null && durable?.baseline !== undefined && durable.met === false && durable.baseline.figure < 5_000
        ? [`This disk fsyncs about ${Math.round(durable.baseline.figure).toLocaleString('en-GB')} times a second, below the 5,000 commands a second goal: with one fsync per command no code can meet it here.`]
        : []),
    ],
  });
};
