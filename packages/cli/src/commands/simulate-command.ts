import { toJsonText } from '@send-hub/audit';
import type { Command } from 'commander';
import type { CliIo } from '../cli-io';
import { parseAcademicYear, parseDistrict, parseWholeNumber } from '../options/parse-values';
import { staffordshireConfiguration } from '@send-hub/core';
import { withStoreOptions, type CommonOptions } from './common-options';
import { formatSimulationReport } from './format-simulation-report';
import { runSimulation } from './simulation-run';

export interface SimulateOptions extends CommonOptions {
  readonly seed: string;
  readonly districts?: string;
  readonly firstYear: string;
  readonly halfTerms: string;
  readonly referrals: string;
  readonly durability?: string;
  readonly replace: boolean;
}

export const simulationSettings = (options: SimulateOptions) => ({
  seed: options.seed,
  firstAcademicYear: parseAcademicYear(options.firstYear, '--first-year'),
  halfTerms: parseWholeNumber(options.halfTerms, '--half-terms', 1),
  referralsPerDistrictPerHalfTerm: parseWholeNumber(options.referrals, '--referrals', 0),
  ...(options.districts === undefined ? {} : { districts: options.districts.split(',').map((district) => parseDistrict(district, staffordshireConfiguration)) }),
});

export const withSimulationOptions = (command: Command): Command =>
  command
    .option('--seed <text>', 'the same seed gives the same history, byte for byte', 'staffordshire')
    .option('--districts <ids>', 'comma-separated districts (default: all eight)')
    .option('--first-year <academic-year>', 'the academic year to start in', '2025/26')
    .option('--half-terms <count>', 'how many half terms to simulate (6 is one year)', '6')
    .option('--referrals <count>', 'referrals per district per half term: the scale', '12')
    .option('--durability <full|normal>', '"normal" (the default here: a simulation can be made again from its seed) is fast; "full" makes every command survive a power cut', 'normal')
    .option('--replace', 'delete the hub file (and its key file) first if it exists', false);

export const simulateCommand = (program: Command, io: CliIo): void => {
  withSimulationOptions(
    withStoreOptions(program.command('simulate').description("record a realistic simulated county's hub work through the real command handlers")),
  ).action(async (options: SimulateOptions) => {
    const run = await runSimulation(options, simulationSettings(options), io);
    io.stdout(options.json ? `${toJsonText({ ...run.report, seconds: run.seconds }, 2)}\n` : formatSimulationReport(run.report, run.seconds));
  });
};
