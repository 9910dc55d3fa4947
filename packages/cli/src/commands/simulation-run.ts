import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { defaultKeyFileFor, defaultReadModelFileFor, type Hub } from '@send-hub/application';
import { createSimulation, type SimulationOptions, type SimulationReport } from '@send-hub/simulation';
import { CliFailure } from '../cli-failure';
import type { CliIo } from '../cli-io';
import { openHubFromOptions, removeHubFiles, withHub, type StoreOptions } from '../options/open-hub-from-options';
import { progressBar } from '../output/progress-bar';

export interface SimulationRun {
  readonly report: SimulationReport;
  readonly seconds: number;
}

/** Simulates into the store the options name, refusing to mix a simulation into a store that already holds a history. */
export const runSimulation = async (
  store: StoreOptions & { readonly replace: boolean; readonly quiet: boolean },
  simulation: Omit<SimulationOptions, 'onProgress'>,
  io: CliIo,
  afterwards: (hub: Hub, run: SimulationRun) => Promise<void> = async () => undefined,
): Promise<SimulationRun> => {
  if (store.eventstoredb === undefined && store.postgres === undefined) {
    const file = resolve(io.workingFolder, store.file);
    const keyFile = resolve(io.workingFolder, store.keyFile ?? defaultKeyFileFor(store.file));
    if (store.replace) removeHubFiles([file, keyFile, defaultReadModelFileFor(file)]);
    else if (existsSync(file)) {
      throw new CliFailure(`The hub file ${file} already exists.`, 'Simulate into a new file with --file, or pass --replace to delete it (and its key file) first.');
    }
  }
  const bar = progressBar(io, 'Simulating', store.quiet);
  const simulated = createSimulation({
    ...simulation,
    onProgress: (progress) => bar.update(progress.halfTermsDone, progress.halfTermsTotal, `${progress.events.toLocaleString('en-GB')} events, ${progress.cases.toLocaleString('en-GB')} cases`),
  });
  const hub = await openHubFromOptions(store, io, { create: true }, simulated.hubOptions);
  return withHub(hub, async () => {
    if (store.eventstoredb !== undefined && (await hub.stores.raw.headPosition()) !== undefined) {
      throw new CliFailure('The EventStoreDB store already holds events.', 'Simulate into an empty server, or give the store a namespace of its own.');
    }
    if (store.postgres !== undefined && (await hub.stores.raw.headPosition()) !== undefined) {
      throw new CliFailure('The PostgreSQL schema already holds events.', 'Simulate into a schema of its own with --postgres-schema, or drop the schema first.');
    }
    const started = performance.now();
    const report = await simulated.run(hub);
    bar.finish();
    const run = { report, seconds: (performance.now() - started) / 1000 };
    await afterwards(hub, run);
    return run;
  });
};
