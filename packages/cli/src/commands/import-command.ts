import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { linesOfFile, toJsonText } from '@send-hub/audit';
import type { Command } from 'commander';
import { either as E } from 'fp-ts';
import { CliFailure, exitCodes } from '../cli-failure';
import type { CliIo } from '../cli-io';
import { requestFromOptions, unlessRefused } from '../options/hub-request-from-options';
import { openHubFromOptions, removeHubFiles, sqliteFilesToMake, withHub } from '../options/open-hub-from-options';
import { withStoreOptions, type CommonOptions } from './common-options';

export const importCommand = (program: Command, io: CliIo): void => {
  withStoreOptions(
    program
      .command('import')
      .description('verify an export and write it into the hub named by --file; a tampered file is refused at its first bad line and nothing is written')
      .argument('<export-file>', 'a file written by "send-hub export"')
      .option('--expected-head <hash>', 'the head hash published for the exported store: the file must add up to it'),
  ).action(async (exportFile: string, options: CommonOptions & { readonly expectedHead?: string }) => {
    const source = resolve(io.workingFolder, exportFile);
    if (!existsSync(source)) throw new CliFailure(`There is no export file at ${source}.`);
    const made = sqliteFilesToMake(options, io);
    // Set once the import is refused before it wrote anything: a hub this command made is then removed again.
    let nothingWritten = false;
    try {
      await withHub(await openHubFromOptions(options, io, { create: true }), async (hub) => {
        const outcome = await hub.importLines(linesOfFile(source), requestFromOptions(options, hub), options.expectedHead === undefined ? {} : { expectedHeadHash: options.expectedHead });
        // An interrupted import wrote some events, and a failed backfill of children's streams came after all of them.
        nothingWritten = E.isLeft(outcome) && (outcome.left._tag === 'AccessRefused' || (outcome.left._tag === 'ImportRefusal' && outcome.left.code !== 'import-interrupted'));
        const result = unlessRefused(outcome);
        if (E.isLeft(result)) {
          io.exit.code = exitCodes.checkFailed;
          io.stdout(options.json ? `${toJsonText(result.left, 2)}\n` : `Refused: ${result.left.message}\n${nothingWritten ? 'Nothing was imported.\n' : ''}`);
          return;
        }
        const receipt = result.right;
        io.stdout(
          options.json
            ? `${toJsonText(receipt, 2)}\n`
            : `Imported ${receipt.eventsImported.toLocaleString('en-GB')} events in ${receipt.streamsImported.toLocaleString('en-GB')} streams; the hash chain verified, head ${receipt.headHash}.\n`,
        );
      });
    } finally {
      if (nothingWritten) removeHubFiles(made);
    }
  });
};
