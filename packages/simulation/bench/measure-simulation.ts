/*
 * How fast the simulation records, and how many events a run makes:
 *   node --require ./scripts/register-typescript.js packages/simulation/bench/measure-simulation.ts \
 *     --store normal --referrals 12 --half-terms 6 [--districts 8]
 * `--store` is memory, normal or full (SQLite durability). The SQLite files go to a
 * temporary folder, removed afterwards. The time includes everything the hub does per
 * command: decoding, loading the case, deciding, encrypting, hashing and writing.
 */
import { openInMemoryHub, openSqliteHub, type Hub } from '@send-hub/application';
import { staffordshireConfiguration } from '@send-hub/core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSimulation } from '../src';

const argument = (name: string, fallback: string): string => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback;
};

const measure = async (): Promise<void> => {
  const store = argument('store', 'memory');
  if (store !== 'memory' && store !== 'normal' && store !== 'full') throw new Error('--store is memory, normal or full.');
  const referrals = Number(argument('referrals', '12'));
  const halfTerms = Number(argument('half-terms', '6'));
  const districts = staffordshireConfiguration.districts.slice(0, Number(argument('districts', '8'))).map((district) => district.id);
  let lastLine = 0;
  const simulation = createSimulation({
    seed: argument('seed', 'measure'),
    districts,
    halfTerms,
    referralsPerDistrictPerHalfTerm: referrals,
    onProgress: (progress) => {
      if (Date.now() - lastLine < 10_000 && progress.halfTermsDone < progress.halfTermsTotal) return;
      lastLine = Date.now();
      process.stderr.write(`  ${progress.halfTermsDone}/${progress.halfTermsTotal} half terms, ${progress.events} events\n`);
    },
  });
  const folder = store === 'memory' ? undefined : mkdtempSync(join(tmpdir(), 'send-hub-simulation-measure-'));
  const hub: Hub = folder === undefined ? openInMemoryHub(simulation.hubOptions) : openSqliteHub({ file: join(folder, 'county.sqlite'), durability: store === 'memory' ? 'normal' : store, ...simulation.hubOptions });
  try {
    const started = performance.now();
    const report = await simulation.run(hub);
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `${store}: ${districts.length} districts, ${halfTerms} half terms, ${referrals} referrals per district per half term: ` +
        `${report.referrals} referrals, ${report.commands} commands, ${report.events} events in ${seconds.toFixed(1)} s ` +
        `(${Math.round(report.events / seconds)} events per second, ${(report.events / Math.max(1, report.referrals)).toFixed(2)} events per referral, ` +
        `heap ${Math.round(process.memoryUsage().heapUsed / 1e6)} MB)`,
    );
  } finally {
    await hub.dispose();
    if (folder !== undefined) rmSync(folder, { recursive: true, force: true });
  }
};

measure().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
