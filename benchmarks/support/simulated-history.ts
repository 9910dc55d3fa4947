import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openSqliteHub, type Hub } from '@send-hub/application';
import { createSimulation, type SimulationReport } from '@send-hub/simulation';
import { openSqliteEventStore } from '@send-hub/store-sqlite';
import { jsonOfChildProcess } from './json-of-child-process';

/** The simulation's parameters for a history of about `events` events; the cache is keyed by them. */
export interface HistoryParameters {
  readonly seed: string;
  readonly halfTerms: number;
  readonly referralsPerDistrictPerHalfTerm: number;
}

const seed = 'send-hub-bench';
const halfTerms = 6;
/**
 * Events a run records per planned referral per district and half term, across the
 * eight districts and six half terms (about 5.8 per referral, 278 per unit of the
 * setting, measured); a little under, so the history reaches the size asked for.
 */
const eventsPerReferralSetting = 265;

export const historyParameters = (events: number): HistoryParameters => ({
  seed,
  halfTerms,
  referralsPerDistrictPerHalfTerm: Math.max(1, Math.ceil(events / eventsPerReferralSetting)),
});

/** What the marker beside a finished file holds: written last, so a file without it was cut short. */
export interface MadeHistory {
  readonly parameters: HistoryParameters;
  readonly file: string;
  readonly events: number;
  readonly headPosition: string;
  readonly referrals: number;
  readonly commands: number;
  readonly seconds: number;
  readonly madeAt: string;
}

const fileFor = (folder: string, parameters: HistoryParameters): string =>
  join(folder, '.bench-data', `simulated-${parameters.seed}-halfterms-${parameters.halfTerms}-referrals-${parameters.referralsPerDistrictPerHalfTerm}.sqlite`);

const markerFor = (file: string): string => `${file}.complete.json`;

const removeHistory = (file: string): void => {
  for (const suffix of ['', '-wal', '-shm', '.keys', '.keys-wal', '.keys-shm', '.read-models', '.read-models-wal', '.read-models-shm', '.complete.json']) {
    rmSync(`${file}${suffix}`, { force: true });
  }
};

const headOf = async (file: string): Promise<bigint | undefined> => {
  const store = openSqliteEventStore({ file, readOnly: true });
  try {
    return await store.headPosition();
  } finally {
    await store.dispose();
  }
};

/** The cached history, when its marker matches its parameters and the file's head is where the marker says. */
export const cachedHistory = async (folder: string, parameters: HistoryParameters): Promise<MadeHistory | undefined> => {
  const file = fileFor(folder, parameters);
  if (!existsSync(file) || !existsSync(markerFor(file))) return undefined;
  try {
    const made = JSON.parse(readFileSync(markerFor(file), 'utf8')) as MadeHistory;
    if (JSON.stringify(made.parameters) !== JSON.stringify(parameters)) return undefined;
    const head = await headOf(file);
    return head !== undefined && String(head) === made.headPosition ? { ...made, file } : undefined;
  } catch {
    return undefined;
  }
};

/**
 * Runs the simulation into a fresh file in the cache (the real handlers, hash chain and
 * encrypted personal fields), and marks it complete. `measure` wraps the run alone, so
 * the simulation group can time it and other groups can make the file untimed.
 */
export const makeHistory = async (
  folder: string,
  parameters: HistoryParameters,
  say: (line: string) => void,
  measure: (run: () => Promise<void>) => Promise<void> = (run) => run(),
): Promise<MadeHistory & { readonly report: SimulationReport }> => {
  const file = fileFor(folder, parameters);
  mkdirSync(join(folder, '.bench-data'), { recursive: true });
  removeHistory(file);
  const simulation = createSimulation({
    ...parameters,
    onProgress: (progress) => say(`simulation: ${progress.halfTermsDone} of ${progress.halfTermsTotal} half terms, ${progress.events.toLocaleString('en-GB')} events`),
  });
  const hub = openSqliteHub({ file, durability: 'normal', ...simulation.hubOptions });
  let report: SimulationReport | undefined;
  const start = process.hrtime.bigint();
  try {
    await measure(async () => {
      report = await simulation.run(hub);
    });
  } finally {
    await hub.dispose();
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (report === undefined) throw new Error('The simulation did not run.');
  const head = await headOf(file);
  const made: MadeHistory = {
    parameters,
    file,
    events: report.events,
    headPosition: String(head ?? 0n),
    referrals: report.referrals,
    commands: report.commands,
    seconds: Number(seconds.toFixed(1)),
    madeAt: new Date().toISOString(),
  };
  writeFileSync(markerFor(file), `${JSON.stringify(made, null, 2)}\n`);
  return { ...made, report };
};

/**
 * The cached history of these parameters, made first (untimed) when missing or incomplete,
 * in a node process of its own (`make-history-process.ts`): the group that asked then
 * measures only its own work, its peak memory included.
 */
export const simulatedHistory = async (folder: string, parameters: HistoryParameters, say: (line: string) => void): Promise<MadeHistory> => {
  const cached = await cachedHistory(folder, parameters);
  if (cached !== undefined) {
    say(`Reusing the simulated history ${cached.file} (${cached.events.toLocaleString('en-GB')} events).`);
    return cached;
  }
  say(`Making the simulated history of about ${(parameters.referralsPerDistrictPerHalfTerm * eventsPerReferralSetting).toLocaleString('en-GB')} events in a process of its own (once; later runs reuse it)…`);
  const loader = join(__dirname, '..', '..', 'scripts', 'register-typescript.js');
  const args = ['--require', loader, join(__dirname, 'make-history-process.ts'), folder, JSON.stringify(parameters)];
  return (await jsonOfChildProcess(args, 'Making the simulated history')) as MadeHistory;
};

/** Opens the history's hub (for reading) and closes it however the work ends. */
export const withHistoryHub = async <Result>(made: MadeHistory, work: (hub: Hub) => Promise<Result>): Promise<Result> => {
  const hub = openSqliteHub({ file: made.file, durability: 'normal' });
  try {
    return await work(hub);
  } finally {
    await hub.dispose();
  }
};
