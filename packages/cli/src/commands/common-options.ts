import { Option, type Command } from 'commander';
import type { AccessOptions } from '../options/hub-request-from-options';
import { defaultHubFile } from '../options/open-hub-from-options';

/** --file, --key-file, --postgres, --eventstoredb, the access options and --json, the same on every command that opens a hub. */
export const withStoreOptions = (command: Command): Command =>
  command
    .option('--file <path>', 'the hub\'s SQLite event file', defaultHubFile)
    .option('--key-file <path>', 'the personal-data key file (default: the event file\'s name with .keys added)')
    .addOption(new Option('--postgres <connection-string>', 'use a PostgreSQL server instead of the SQLite file, e.g. postgres://send_hub@127.0.0.1:5432/send_hub').env('SEND_HUB_POSTGRES'))
    .addOption(new Option('--postgres-schema <name>', 'the council\'s schema on the PostgreSQL server; keys, read models and the access log get schemas named after it (default: send_hub)').env('SEND_HUB_POSTGRES_SCHEMA'))
    .addOption(new Option('--eventstoredb <connection-string>', 'use an EventStoreDB server instead of the SQLite file, e.g. esdb://localhost:2113?tls=false').env('SEND_HUB_EVENTSTOREDB'))
    .addOption(new Option('--actor <id,role,agency,district>', 'who is running the command, checked against the access policy (default: you, as the local operator of every district)').env('SEND_HUB_ACTOR'))
    .option('--purpose <why>', 'why you are reading, kept in the access log with every read of a child\'s record')
    .addOption(new Option('--access-policy <path>', 'the council\'s access policy as JSON (default: the policy the library ships)').env('SEND_HUB_ACCESS_POLICY'))
    .option('--access-log-file <path>', 'the log of who read a child\'s record (default: the event file\'s name with .access-log added)')
    .option('--json', 'print JSON instead of text for people', false)
    .option('--quiet', 'no progress on standard error', false);

export interface CommonOptions extends AccessOptions {
  readonly file: string;
  readonly keyFile?: string;
  readonly eventstoredb?: string;
  readonly postgres?: string;
  readonly postgresSchema?: string;
  readonly json: boolean;
  readonly quiet: boolean;
}
