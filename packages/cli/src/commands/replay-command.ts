import { formatTimeline, timelineToJson, type AsOf } from '@send-hub/audit';
import type { Command } from 'commander';
import { either as E } from 'fp-ts';
import { CliFailure } from '../cli-failure';
import type { CliIo } from '../cli-io';
import { openHubFromOptions, withHub } from '../options/open-hub-from-options';
import { parseCalendarDate, parseInstant } from '../options/parse-values';
import { requestFromOptions, unlessRefused } from '../options/hub-request-from-options';
import { withStoreOptions, type CommonOptions } from './common-options';

interface ReplayOptions extends CommonOptions {
  readonly asOf?: string;
  readonly asKnownAt?: string;
}

export const replayCommand = (program: Command, io: CliIo): void => {
  withStoreOptions(
    program
      .command('replay')
      .description("a case's history as one timeline: what happened, when, who recorded it, and the case after each step")
      .argument('<case-id>', 'the case, by its id')
      .option('--as-of <date>', 'only what had happened by this business date, e.g. 2025-12-31')
      .option('--as-known-at <time>', 'only what the hub had recorded by this moment, e.g. 2025-12-31T17:00:00Z'),
  ).action(async (caseId: string, options: ReplayOptions) => {
    const asOf: AsOf = {
      ...(options.asOf === undefined ? {} : { occurredOn: parseCalendarDate(options.asOf, '--as-of') }),
      ...(options.asKnownAt === undefined ? {} : { recordedAt: parseInstant(options.asKnownAt, '--as-known-at') }),
    };
    await withHub(await openHubFromOptions(options, io, { create: false }), async (hub) => {
      const timeline = unlessRefused(await hub.replay(caseId, requestFromOptions(options, hub), { asOf }));
      if (E.isLeft(timeline)) throw new CliFailure(timeline.left.message, timeline.left.code === 'case-not-found' ? 'Check the case id; "send-hub agenda" lists the cases of a district.' : undefined);
      io.stdout(options.json ? `${timelineToJson(timeline.right)}\n` : formatTimeline(timeline.right));
    });
  });
};
