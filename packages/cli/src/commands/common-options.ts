import { Option, type Command } from 'commander';
import { defaultHubFile } from '../options/open-hub-from-options';

/** --file, --key-file, --eventstoredb and --json, the same on every command that opens a hub. */
export const withStoreOptions = (command: Command): Command =>
  command
    .option('--file <path>', 'the hub\'s SQLite event file', defaultHubFile)
    .option('--key-file <path>', 'the personal-data key file (default: the event file\'s name with .keys added)')
    .addOption(new Option('--eventstoredb <connection-string>', 'use an EventStoreDB server instead of the SQLite file, e.g. esdb://localhost:2113?tls=false').env('SEND_HUB_EVENTSTOREDB'))
    .option('--json', 'print JSON instead of text for people', false)
    .option('--quiet', 'no progress on standard error', false);

export interface CommonOptions {
  readonly file: string;
  readonly keyFile?: string;
  readonly eventstoredb?: string;
  readonly json: boolean;
  readonly quiet: boolean;
}
