import { formatTimeline, timelineToJson } from '@send-hub/audit';
import type { Command } from 'commander';
import { either as E } from 'fp-ts';
import { CliFailure } from '../cli-failure';
import { suggested, type CliIo } from '../cli-io';
import { openHubFromOptions, withHub } from '../options/open-hub-from-options';
import { requestFromOptions, unlessRefused } from '../options/hub-request-from-options';
import { withStoreOptions, type CommonOptions } from './common-options';
import { asOfFromOptions, withAsOfOptions, type AsOfOptions } from './as-of-options';

export const replayCommand = (program: Command, io: CliIo): void => {
  withStoreOptions(
    withAsOfOptions(
      program
        .command('replay')
        .description("a case's history as one timeline: what happened, when, who recorded it, and the case after each step")
        .argument('<case-id>', 'the case, by its id'),
    ),
  ).action(async (caseId: string, options: CommonOptions & AsOfOptions) => {
    const asOf = asOfFromOptions(options);
    await withHub(await openHubFromOptions(options, io, { create: false }), async (hub) => {
      const timeline = unlessRefused(await hub.replay(caseId, requestFromOptions(options, hub), { asOf }));
      if (E.isLeft(timeline)) throw new CliFailure(timeline.left.message, timeline.left.code === 'case-not-found' ? `Check the case id; ${suggested(io, 'agenda --district <district>')} lists the cases of a district.` : undefined);
      io.stdout(options.json ? `${timelineToJson(timeline.right)}\n` : formatTimeline(timeline.right));
    });
  });
};
