import { cpus, loadavg } from 'node:os';
import { accessControl } from './access-control';
import { coreThroughput } from './core-throughput';
import { disclosureControl } from './disclosure-control';
import { groupCommitThroughput } from './group-commit';
import { growth } from './growth';
import { httpService } from './http-service';
import { peer } from './peer';
import { personalDataEncryption } from './personal-data-encryption';
import { postgresqlStore } from './postgresql-store';
import { readModels } from './read-models';
import { sealing } from './sealing';
import { simulationThroughput } from './simulation-throughput';
import { sqliteStore } from './sqlite-store';
import { verification } from './verification';
import { readCommandLine, usage } from './command-line';
import { runGroupInChildProcess } from './group-process';
import type { BenchmarkContext, BenchmarkSettings } from './support/benchmark-context';
import type { GroupResult } from './support/benchmark-result';
import { releaseSharedHistories } from './support/hub-history';
import { MemorySampler, type MemoryFigures } from './support/memory';

export type BenchmarkGroup = (context: BenchmarkContext) => Promise<GroupResult>;

/** Every group, by the name `--only` uses, in the order they run. Adding a group is one line here. */
export const benchmarkGroups: Readonly<Record<string, BenchmarkGroup>> = {
  core: coreThroughput,
  sqlite: sqliteStore,
  'group-commit': groupCommitThroughput,
  encryption: personalDataEncryption,
  peer,
  sealing,
  simulation: simulationThroughput,
  'read-models': readModels,
  verification,
  disclosure: disclosureControl,
  growth,
  access: accessControl,
  postgresql: postgresqlStore,
  http: httpService,
};

export interface RanGroup extends GroupResult {
  readonly seconds: number;
  readonly memory: MemoryFigures;
}

/** Runs one group with its own memory watch and adds how long it took and what memory it used; then drops the data it built. */
export const runGroup = async (group: BenchmarkGroup, settings: BenchmarkSettings, say: (line: string) => void): Promise<RanGroup> => {
  const memory = new MemorySampler();
  const start = process.hrtime.bigint();
  let result: GroupResult;
  let figures: MemoryFigures;
  try {
    result = await group({ settings, say, memory });
  } finally {
    figures = memory.stop();
    releaseSharedHistories();
  }
  // Milliseconds kept: a group over a cached tiny history (the smoke test's) can finish in under 50 ms.
  return { ...result, seconds: Number((Number(process.hrtime.bigint() - start) / 1e9).toFixed(3)), memory: figures };
};

const chosenGroups = (only: ReadonlyArray<string> | undefined): ReadonlyArray<string> => {
  const known = Object.keys(benchmarkGroups);
  if (only === undefined || only.length === 0) return known;
  const unknown = only.filter((name) => !known.includes(name));
  if (unknown.length > 0) throw new RangeError(`There is no benchmark group ${unknown.map((name) => `"${name}"`).join(', ')}; the groups are ${known.join(', ')}.`);
  return known.filter((name) => only.includes(name));
};

/** The groups that ran, by name, and the message of each that failed. */
export interface GroupsRun {
  readonly groups: Record<string, RanGroup>;
  readonly failed: Record<string, string>;
}

/**
 * Runs each named group in turn with `runOne`. A group that fails is named with its
 * message and the rest still run: a run of every group takes most of an hour, and one
 * group's failure near its end must not lose the figures of all the others.
 */
export const runEach = async (names: ReadonlyArray<string>, runOne: (name: string) => Promise<RanGroup>, say: (line: string) => void): Promise<GroupsRun> => {
  const groups: Record<string, RanGroup> = {};
  const failed: Record<string, string> = {};
  for (const name of names) {
    say(`Running the ${name} benchmarks…`);
    try {
      groups[name] = await runOne(name);
    } catch (error) {
      failed[name] = error instanceof Error ? error.message : String(error);
      say(`The ${name} benchmarks failed: ${failed[name]} The other groups go on.`);
    }
  }
  return { groups, failed };
};

const main = async (): Promise<void> => {
  const request = readCommandLine(process.argv.slice(2));
  if (request.help) {
    process.stderr.write(`${usage}\nGroups: ${Object.keys(benchmarkGroups).join(', ')}\n`);
    return;
  }
  const names = chosenGroups(request.only);
  const say = (line: string) => process.stderr.write(`${line}\n`);
  const startedAt = new Date();
  const { groups, failed } = await runEach(
    names,
    async (name) =>
      request.inProcess ? runGroup(benchmarkGroups[name] as BenchmarkGroup, request.settings, say) : ((await runGroupInChildProcess(name, request.settings)) as RanGroup),
    say,
  );
  const checks = Object.entries(groups).flatMap(([name, group]) => group.checks.map((measured) => ({ ...measured, name: `${name}.${measured.name}` })));
  const document = {
    startedAt: startedAt.toISOString(),
    seconds: Number(((Date.now() - startedAt.getTime()) / 1000).toFixed(1)),
    machine: { node: process.version, platform: `${process.platform} ${process.arch}`, cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', loadAverageAtEnd: loadavg().map((load) => Number(load.toFixed(2))) },
    settings: { ...request.settings, processPerGroup: !request.inProcess },
    goals: { set: checks.filter((measured) => measured.goal !== null).length, met: checks.filter((measured) => measured.met === true).length, missed: checks.filter((measured) => measured.met === false).map((measured) => measured.name) },
    failed,
    groups,
  };
  process.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
  const failures = Object.keys(failed);
  if (failures.length > 0) {
    say(`${failures.length === 1 ? 'One group' : `${failures.length} groups`} failed (${failures.join(', ')}): see "failed" in the JSON and the messages above.`);
    process.exitCode = 1;
  }
};

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof RangeError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = error instanceof RangeError ? 2 : 1;
  });
}
