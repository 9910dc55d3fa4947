import { join } from 'node:path';
import { openSqliteHub, type Hub } from '@send-hub/application';
import type { CaseCommand } from '@send-hub/core';
import { benchmarkOfficer } from '../support/case-command-handler';
import { commandsInRecordingOrder } from '../support/hub-history';
import type { CaseJourney } from '../support/case-journeys';
import type { Side } from '../support/timing';
import { removeDatabaseFiles } from './raw-sqlite';
import { localOperator, type HubRequest } from '@send-hub/application';
import { staffordshireConfiguration } from '@send-hub/core';

/** The benchmark's officer, acting for every district under the default access policy. */
const operatorRequest: HubRequest = { actor: localOperator(staffordshireConfiguration, benchmarkOfficer.id) };

/** Each command's time from the call to its durable acknowledgement, in milliseconds, in no particular order. */
export type Latencies = ReadonlyArray<number>;

/** Keeps the latencies of a side's fastest round, the round its figure comes from. */
export class FastestRound {
  private seconds = Number.POSITIVE_INFINITY;
  private kept: Latencies = [];

  keep(latencies: Latencies, seconds: number): void {
    if (seconds >= this.seconds) return;
    this.seconds = seconds;
    this.kept = latencies;
  }

  get latencies(): Latencies {
    return this.kept;
  }
}

/**
 * The journeys shared out among `writers` officers, case by case (a case belongs to one
 * officer, as in a hub), each officer's commands in the order a hub records them.
 */
export const shareOut = (journeys: ReadonlyArray<CaseJourney>, writers: number): ReadonlyArray<ReadonlyArray<CaseCommand>> =>
  Array.from({ length: writers }, (_, writer) => commandsInRecordingOrder(journeys.filter((_, index) => index % writers === writer)));

/** Records one officer's commands one after another, each awaited, noting how long each took. */
export const recordInTurn = async (hub: Hub, commands: ReadonlyArray<CaseCommand>, latencies: number[]): Promise<void> => {
  for (const command of commands) {
    const start = process.hrtime.bigint();
    const result = await hub.recordCase(command, operatorRequest);
    latencies.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (result._tag === 'Left') throw new Error(`The hub refused a valid command: ${result.left.message}`);
  }
};

/** The files of one round's hub: the event file, its key file and its read model file. */
const hubFiles = (file: string): ReadonlyArray<string> => [file, `${file}.keys`, `${file}.read-models`];

/**
 * One side of the comparison: a new SQLite hub (`openSqliteHub`, durability full, its key
 * file and read model file beside it), every officer recording their commands at the same
 * time. Each round's latencies go to `fastest`, which keeps those of the fastest round.
 */
export const concurrentWriters =
  (options: {
    readonly newFile: () => string;
    readonly officers: ReadonlyArray<ReadonlyArray<CaseCommand>>;
    readonly groupCommit: boolean;
    readonly fastest: FastestRound;
  }): Side =>
  async (time) => {
    const file = options.newFile();
    const hub = openSqliteHub({ file, groupCommit: options.groupCommit });
    const latencies: number[] = [];
    let seconds = 0;
    await time(async () => {
      const start = process.hrtime.bigint();
      await Promise.all(options.officers.map((commands) => recordInTurn(hub, commands, latencies)));
      seconds = Number(process.hrtime.bigint() - start) / 1e9;
    });
    await hub.dispose();
    for (const path of hubFiles(file)) removeDatabaseFiles(path);
    options.fastest.keep(latencies, seconds);
  };

/** The value below which `share` of the latencies fall (nearest rank). */
export const percentile = (latencies: Latencies, share: number): number => {
  const sorted = [...latencies].sort((left, right) => left - right);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))] ?? Number.NaN;
};

/** A scratch file name maker for one folder. */
export const fileNamer = (folder: string, stem: string): (() => string) => {
  let file = 0;
  return () => join(folder, `${stem}-${(file += 1)}.sqlite`);
};
