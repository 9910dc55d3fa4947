import { tmpdir } from 'node:os';
import { parseArgs } from 'node:util';
import type { BenchmarkSettings } from './support/benchmark-context';

export interface BenchmarkRequest {
  readonly settings: BenchmarkSettings;
  /** Group names to run, in the registry's order; every group when none was asked for. */
  readonly only: ReadonlyArray<string> | undefined;
  /** Run the groups in this process rather than one child process each (the runner's children use it). */
  readonly inProcess: boolean;
  readonly help: boolean;
}

export const usage = `pnpm bench [-- options]

Runs the benchmarks and prints one JSON document on stdout; progress goes to stderr.

  --only core,sqlite   run only these groups (names as listed below)
  --events N           scale: about how many events each group handles (default 200000)
  --history-events N  size of the simulated history (made once through the real handlers,
                       cached in <folder>/.bench-data/) that read-models, verification and
                       simulation use (default: --events when given, else 1000000; 20000 with --quick)
  --rounds N           keep the best of N rounds for each figure (default 3)
  --folder PATH        where SQLite files go (default: the system's temporary folder);
                       /dev/shm measures the code rather than the disk's fsync
  --quick              smoke run: 2000 events, 1 round; the figures mean nothing
  --in-process         run every group in this process instead of one process each
                       (then a group's memory figures include what earlier groups left)
  --help               this text
`;

const wholeNumber = (name: string, text: string | undefined, fallback: number, minimum: number): number => {
  if (text === undefined) return fallback;
  const value = Number(text.replaceAll('_', '').replaceAll(',', ''));
  if (!Number.isSafeInteger(value) || value < minimum) throw new RangeError(`--${name} must be a whole number of at least ${minimum}, but was "${text}".`);
  return value;
};

/** Reads the command line; throws a RangeError that says what is wrong with it. */
export const readCommandLine = (argv: ReadonlyArray<string>): BenchmarkRequest => {
  // `pnpm bench -- --only core` hands the script a leading "--".
  const args = argv[0] === '--' ? argv.slice(1) : [...argv];
  const { values } = parseArgs({
    args,
    options: {
      only: { type: 'string' },
      events: { type: 'string' },
      'history-events': { type: 'string' },
      rounds: { type: 'string' },
      folder: { type: 'string' },
      quick: { type: 'boolean', default: false },
      'in-process': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  const quick = values.quick === true;
  const only = values.only?.split(',').map((name) => name.trim()).filter((name) => name.length > 0);
  const events = wholeNumber('events', values.events, quick ? 2_000 : 200_000, 100);
  return {
    settings: {
      events,
      historyEvents: wholeNumber('history-events', values['history-events'], values.events !== undefined ? events : quick ? 20_000 : 1_000_000, 100),
      rounds: wholeNumber('rounds', values.rounds, quick ? 1 : 3, 1),
      folder: values.folder ?? tmpdir(),
      quick,
    },
    only,
    inProcess: values['in-process'] === true,
    help: values.help === true,
  };
};
