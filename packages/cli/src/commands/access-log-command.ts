import { toJsonText } from '@send-hub/audit';
import type { Command } from 'commander';
import { suggested, type CliIo } from '../cli-io';
import { allowed, requestFromOptions } from '../options/hub-request-from-options';
import { openHubFromOptions, withHub } from '../options/open-hub-from-options';
import { formatAccessLog } from '../output/access-log-text';
import { withStoreOptions, type CommonOptions } from './common-options';

interface AccessLogOptions extends CommonOptions {
  readonly child: string;
}

export const accessLogCommand = (program: Command, io: CliIo): void => {
  withStoreOptions(
    program
      .command('access-log')
      .description("who has read a child's record: each read of their personal data, with who, when, what and why")
      .requiredOption('--child <child-reference>', "the child's pseudonymous reference"),
  ).action(async (options: AccessLogOptions) => {
    await withHub(await openHubFromOptions(options, io, { create: false }), async (hub) => {
      const { entries, unreadable } = allowed(await hub.accessLogOf(options.child, requestFromOptions(options, hub)));
      io.stdout(options.json ? `${toJsonText({ childReference: options.child, entries, unreadable }, 2)}\n` : formatAccessLog(options.child, entries, unreadable, hub.accessPolicy, suggested(io, 'verify')));
    });
  });
};
