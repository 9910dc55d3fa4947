import { toJsonText } from '@send-hub/audit';
import { formatInstant } from '@send-hub/core';
import type { Command } from 'commander';
import { either as E } from 'fp-ts';
import { CliFailure } from '../cli-failure';
import type { CliIo } from '../cli-io';
import { openHubFromOptions, withHub } from '../options/open-hub-from-options';
import { parseCalendarDate } from '../options/parse-values';
import { requestFromOptions, unlessRefused } from '../options/hub-request-from-options';
import { readModelProgress } from '../options/read-model-progress';
import { withStoreOptions, type CommonOptions } from './common-options';

interface ForgetOptions extends CommonOptions {
  readonly by: string;
  readonly reason: string;
  readonly on?: string;
}

export const forgetCommand = (program: Command, io: CliIo): void => {
  withStoreOptions(
    program
      .command('forget')
      .description("erase a child's personal data for good (destroys the child's key), and record who erased it and why; the child's name then shows as erased everywhere")
      .argument('<child-reference>', "the child's pseudonymous reference")
      .requiredOption('--by <who>', 'who decided the erasure, e.g. "Data protection officer"')
      .requiredOption('--reason <why>', 'why, e.g. "Retention period ended"')
      .option('--on <date>', 'the business date of the erasure (default: today)'),
  ).action(async (childReference: string, options: ForgetOptions) => {
    const occurredOn = options.on === undefined ? io.now().toISOString().slice(0, 10) : parseCalendarDate(options.on, '--on');
    const hub = await openHubFromOptions(options, io, { create: false }, { readModelProgress: readModelProgress(io, options.quiet || options.json) });
    await withHub(hub, async () => {
      await hub.readModels.start();
      const erased = unlessRefused(await hub.forget(childReference, { erasedBy: options.by, reason: options.reason, occurredOn }, requestFromOptions(options, hub)));
      if (E.isLeft(erased)) throw new CliFailure(erased.left.message);
      const head = await hub.stores.raw.headPosition();
      if (head !== undefined) await hub.readModels.waitFor(head);
      io.stdout(
        options.json
          ? `${toJsonText(erased.right, 2)}\n`
          : `The personal data of ${childReference} is erased: its key is destroyed and the erasure recorded on ${formatInstant(erased.right.recordedAt)}. Timelines now show the personal fields as erased; the board's figures and the hash chain are unchanged.\n`,
      );
    });
  });
};
