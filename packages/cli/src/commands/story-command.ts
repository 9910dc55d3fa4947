import { formatStory, storyToJson } from '@send-hub/audit';
import type { Command } from 'commander';
import { either as E } from 'fp-ts';
import { CliFailure } from '../cli-failure';
import { suggested, type CliIo } from '../cli-io';
import { openHubFromOptions, withHub } from '../options/open-hub-from-options';
import { requestFromOptions, unlessRefused } from '../options/hub-request-from-options';
import { withStoreOptions, type CommonOptions } from './common-options';
import { asOfFromOptions, withAsOfOptions, type AsOfOptions } from './as-of-options';

export const storyCommand = (program: Command, io: CliIo): void => {
  withStoreOptions(
    withAsOfOptions(
      program
        .command('story')
        .description("a child's story: every case of the child, re-referrals included, as one timeline in plain English")
        .argument('<child-reference>', "the child's pseudonymous reference"),
    ),
  ).action(async (childReference: string, options: CommonOptions & AsOfOptions) => {
    const asOf = asOfFromOptions(options);
    await withHub(await openHubFromOptions(options, io, { create: false }), async (hub) => {
      const story = unlessRefused(await hub.story(childReference, requestFromOptions(options, hub), { asOf }));
      if (E.isLeft(story)) throw new CliFailure(story.left.message, story.left.code === 'child-not-found' ? `Check the child reference; ${suggested(io, 'subject-access --child <reference>')} says what the hub holds about a child.` : undefined);
      io.stdout(options.json ? `${storyToJson(story.right)}\n` : formatStory(story.right));
    });
  });
};
