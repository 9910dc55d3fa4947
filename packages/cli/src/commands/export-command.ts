import { resolve } from 'node:path';
import { exportCase, writeLinesToFile } from '@send-hub/audit';
import type { Command } from 'commander';
import type { CliIo } from '../cli-io';
import { allowed, requestFromOptions } from '../options/hub-request-from-options';
import { openHubFromOptions, withHub } from '../options/open-hub-from-options';
import { withStoreOptions, type CommonOptions } from './common-options';

interface ExportOptions extends CommonOptions {
  readonly case?: string;
  readonly out?: string;
}

export const exportCommand = (program: Command, io: CliIo): void => {
  withStoreOptions(
    program
      .command('export')
      .description('write the store (or one case) as newline-delimited JSON with envelopes and hashes; personal fields stay encrypted')
      .option('--case <case-id>', 'only this case')
      .option('--out <path>', 'the file to write (default: standard output)'),
  ).action(async (options: ExportOptions) => {
    await withHub(await openHubFromOptions(options, io, { create: false }), async (hub) => {
      const request = requestFromOptions(options, hub);
      const lines = options.case === undefined ? allowed(hub.exportLines(request)) : (allowed(hub.authorise(request, 'ciphertext')), exportCase(hub.stores.raw, options.case));
      if (options.out === undefined) {
        for await (const line of lines) io.stdout(`${line}\n`);
        return;
      }
      const path = resolve(io.workingFolder, options.out);
      const count = await writeLinesToFile(path, lines);
      if (options.json) io.stdout(`${JSON.stringify({ file: path, events: count })}\n`);
      else io.stdout(`Exported ${count.toLocaleString('en-GB')} events to ${path}.\n`);
    });
  });
};
