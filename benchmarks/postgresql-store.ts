import type { BenchmarkContext } from './support/benchmark-context';
import { groupResult, type GroupResult } from './support/benchmark-result';
import { caseJourneys, hubHistory } from './support/hub-history';
import { durableCommands, writerCounts } from './postgresql/durable-commands';
import { importAndRead, importBatchSize, importBatches } from './postgresql/import-and-read';
import { rebuildReadModels } from './postgresql/rebuild';
import { benchmarkConnectionString, probeServer, ScratchSchemas, serverDescription } from './postgresql/server';

const title = "PostgreSQL store: import and read against the driver alone, durable commands and the rebuild against Emmett's PostgreSQL store";

/**
 * Issue 15: the PostgreSQL store on a real server, against node-postgres alone doing
 * the same work and against Emmett's PostgreSQL event store on the same server, in the
 * same run, the sides taking turns. Every schema it makes is dropped when it ends.
 */
export const postgresqlStore = async (context: BenchmarkContext): Promise<GroupResult> => {
  const { settings, say } = context;
  const connectionString = benchmarkConnectionString();
  const server = serverDescription(connectionString);
  const probe = await probeServer(connectionString);
  if (!probe.reachable) {
    const missing = `no PostgreSQL server answered at ${server} (${probe.reason})`;
    if (process.env.CI === 'true') throw new Error(`The postgresql benchmarks cannot run: ${missing}; under CI=true that is a failure, not a skip.`);
    const message = `Skipped the postgresql benchmarks: ${missing}.`;
    say(message);
    return groupResult({ issue: 15, title, settings: { server }, checks: [], notes: [message], skipped: message });
  }
  const importEvents = settings.quick ? settings.events : Math.max(2_000, Math.round(settings.events / 20));
  const commandCount = settings.quick ? Math.min(Math.round(settings.events / 5), 120) : Math.max(256, Math.round(settings.events / 400));
  const stored = hubHistory(importEvents).stored;
  const journeys = caseJourneys(commandCount);
  const commands = journeys.reduce((total, journey) => total + journey.commands.length, 0);
  const schemas = new ScratchSchemas(connectionString);
  const leftovers = await schemas.dropLeftovers();
  if (leftovers.length > 0) say(`Dropped ${leftovers.length} schemas and databases left by earlier runs that were killed.`);
  try {
    const emmettConnection = await schemas.database('emmett');
    const read = await importAndRead(context, schemas, connectionString, stored);
    const rebuilt = await rebuildReadModels(context, connectionString, emmettConnection, {
      storeSchema: read.keptSchema,
      rawSchema: read.rawSchema,
      batches: importBatches(stored),
      total: stored.length,
    });
    const commanded = await durableCommands(context, schemas, connectionString, emmettConnection, journeys);
    return groupResult({
      issue: 15,
      title,
      settings: {
        server,
        serverVersion: probe.version,
        synchronousCommit: probe.synchronousCommit,
        fsync: probe.fsync,
        importedEvents: stored.length,
        importBatchSize,
        storedBytesPerEvent: read.storedBytesPerEvent,
        meanEventJsonBytes: Math.round(stored.reduce((total, event) => total + JSON.stringify(event.data).length + JSON.stringify(event.metadata).length, 0) / stored.length),
        commands,
        cases: journeys.length,
        writers: [...writerCounts],
        rebuiltCases: rebuilt.cases,
        rounds: settings.rounds,
      },
      checks: [...read.checks, ...rebuilt.checks, ...commanded],
      notes: [
        `Every side ran on the same server (${server}, PostgreSQL ${probe.version}, synchronous_commit ${probe.synchronousCommit}, fsync ${probe.fsync}), each of our rounds in a fresh schema, Emmett's tables in a database of their own for the run (emptied before each of its rounds), every schema and that database dropped at the end.`,
        'Imported events are the case decider\'s events for seeded journeys, enveloped as the command handler and the hash chain store them (codec-encoded data, metadata with hashes); personal fields are left unencrypted, so the rebuild reads the store itself, with no key store in the way.',
        'Both sides of each command comparison decide with the same case decider on the same commands, shared out case by case among the writers; Emmett is given them as { type, data } and stores its events as { type, data }. With synchronous_commit on, one writer waits for the server\'s write-ahead log to reach the disk on every commit, so one-writer figures measure the disk as much as the code.',
        'Latency checks have Emmett\'s latency as their baseline: there a ratio below 1 means the hub answered sooner.',
      ],
    });
  } finally {
    await schemas.dropAll();
  }
};
