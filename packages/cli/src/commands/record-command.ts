import { isAccessRefused } from '@send-hub/access';
import { toJsonText } from '@send-hub/audit';
import type { Command } from 'commander';
import { either as E } from 'fp-ts';
import { CliFailure } from '../cli-failure';
import type { CliIo } from '../cli-io';
import { requestFromOptions } from '../options/hub-request-from-options';
import { openHubFromOptions, withHub } from '../options/open-hub-from-options';
import { commandLinesOf, readCommandsText } from '../record/command-lines';
import { placeOf, planCommands } from '../record/command-plan';
import type { RecordFailure } from '../record/hub-command-routes';
import { afterRefusalText, recordedLineText, recordedSummaryText, type RecordedLine, type RecordReport } from '../record/record-report';
import { withStoreOptions, type CommonOptions } from './common-options';

const refusalCode = (failure: RecordFailure): string => (failure._tag === 'Rejected' ? failure.rejection.code : failure.code);

const accessHint = 'Run it as an actor the access policy allows: --actor id,role,agency[,district...] (or set SEND_HUB_ACTOR).';

export const recordCommand = (program: Command, io: CliIo): void => {
  withStoreOptions(
    program
      .command('record')
      .description(
        'record hub commands given as JSON (a referral with its consent and views, consent, views, discussions, actions, reviews, escalation, the group’s discussion, a move of school or district, closure, and hub and group meetings held or cancelled): one command, or one a line, recorded in order through the access policy, stopping at the first refusal',
      )
      .argument('<commands>', 'a JSON file of one command, or of one command a line (newline-delimited JSON); - to read them from standard input'),
  ).action(async (source: string, options: CommonOptions) => {
    const { text, from } = await readCommandsText(source, io);
    const given = commandLinesOf(text, from);
    // Every command is checked before the first is recorded: a bad field anywhere records nothing.
    const planned = planCommands(given);
    const hub = await openHubFromOptions(options, io, { create: true });
    const report = await withHub(hub, async () => {
      const request = requestFromOptions(options, hub);
      const recorded: RecordedLine[] = [];
      for (const [index, command] of planned.entries()) {
        const result = await command.route.record(hub, command.input, request);
        if (E.isLeft(result)) {
          const refused = { line: command.line, command: command.type, code: refusalCode(result.left), message: result.left.message };
          return { report: { recorded, refused, notTried: planned.length - index - 1 } satisfies RecordReport, accessRefused: isAccessRefused(result.left) };
        }
        const line = { line: command.line, command: command.type, ...result.right };
        recorded.push(line);
        if (!options.json) io.stdout(recordedLineText(line));
      }
      return { report: { recorded, notTried: 0 } satisfies RecordReport, accessRefused: false };
    });
    if (options.json) io.stdout(`${toJsonText(report.report, 2)}\n`);
    const { refused } = report.report;
    if (refused === undefined) {
      if (!options.json) io.stdout(recordedSummaryText(report.report));
      return;
    }
    const afterwards = afterRefusalText(report.report, given.single);
    throw new CliFailure(`${placeOf(given, refused.line)} (${refused.command}) was refused: ${refused.message}\n${afterwards}`, report.accessRefused ? accessHint : undefined);
  });
};
