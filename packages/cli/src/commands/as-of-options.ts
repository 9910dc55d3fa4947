import type { AsOf } from '@send-hub/audit';
import type { Command } from 'commander';
import { parseCalendarDate, parseInstant } from '../options/parse-values';

/** The two kinds of "as of" a reading command takes, as given on the command line. */
export interface AsOfOptions {
  readonly asOf?: string;
  readonly asKnownAt?: string;
}

export const withAsOfOptions = (command: Command): Command =>
  command
    .option('--as-of <date>', 'only what had happened by this business date, e.g. 2025-12-31')
    .option('--as-known-at <time>', 'only what the hub had recorded by this moment, e.g. 2025-12-31T17:00:00Z');

/** The "as of" the options ask for; a malformed date or moment fails naming the option and the value. */
export const asOfFromOptions = (options: AsOfOptions): AsOf => ({
  ...(options.asOf === undefined ? {} : { occurredOn: parseCalendarDate(options.asOf, '--as-of') }),
  ...(options.asKnownAt === undefined ? {} : { recordedAt: parseInstant(options.asKnownAt, '--as-known-at') }),
});
