import { agendaWithNamesOf, asLocalOperator } from '@send-hub/application';
import { describeMeeting, districtName, staffordshireConfiguration, termFromOrdinal, termOrdinal } from '@send-hub/core';
import { boardReport, formatBoardSummary } from '@send-hub/projection-board';
import { formatAgenda } from '@send-hub/projection-district';
import type { Command } from 'commander';
import { either as E } from 'fp-ts';
import { CliFailure } from '../cli-failure';
import { commandNameIn, suggested, type CliIo } from '../cli-io';
import { allowed } from '../options/hub-request-from-options';
import { parseDistrict } from '../options/parse-values';
import { formatSimulationReport } from './format-simulation-report';
import { nextMeetingOf } from './next-meeting';
import { simulationSettings, withSimulationOptions, type SimulateOptions } from './simulate-command';
import { runSimulation } from './simulation-run';

interface DemoOptions extends Omit<SimulateOptions, 'json' | 'eventstoredb' | 'keyFile'> {
  readonly district: string;
}

export const demoFile = 'send-hub-demo.sqlite';

/**
 * The README's first command: a year of the county simulated, checked and reported, in a
 * file of its own. The board summary is for the year of the latest meeting.
 */
export const demoCommand = (program: Command, io: CliIo): void => {
  withSimulationOptions(
    program
      .command('demo')
      .description(`simulate a year of the eight Staffordshire district hubs into ${demoFile} (replaced each time), then print one district's next agenda and the county board summary`)
      .option('--file <path>', 'the demo\'s hub file', demoFile)
      .option('--district <district>', 'the district whose next agenda to print', 'tamworth')
      .option('--quiet', 'no progress on standard error', false),
  ).action(async (options: DemoOptions) => {
    const district = parseDistrict(options.district, staffordshireConfiguration);
    const command = commandNameIn(io);
    await runSimulation({ ...options, replace: true }, simulationSettings({ ...options, json: false }), io, async (hub, run) => {
      io.stdout(formatSimulationReport(run.report, run.seconds));
      const operator = asLocalOperator(hub.configuration, 'to show the demonstration agenda');
      const verification = allowed(await hub.verify(operator));
      io.stdout(`\nVerification: ${verification.verified ? `every one of the ${verification.eventsVerified.toLocaleString('en-GB')} events decodes, obeys the rules and is in an unbroken hash chain.` : `${verification.problemCount} problems found; run ${suggested(io, `verify --file ${options.file}`)}.`}\n`);
      // The read models start after the run, so they catch up in one pass over the whole history.
      await hub.readModels.start();
      const meeting = nextMeetingOf(hub, district, hub.configuration);
      io.stdout(`\nThe next meeting to prepare is ${describeMeeting(meeting, districtName(hub.configuration, district))}.\n\n`);
      const shown = allowed(await agendaWithNamesOf(hub, { meeting }, operator));
      io.stdout(formatAgenda(shown.agenda, shown.names));
      const report = hub.readModels.board((model) => boardReport(model, { academicYear: termFromOrdinal(termOrdinal(meeting) - 1).academicYear }, { calendar: hub.configuration.halfTermCalendar, configuration: hub.configuration }));
      if (E.isLeft(report)) throw new CliFailure(report.left.message);
      io.stdout(`\n${formatBoardSummary(report.right)}`);
      io.stdout(`\nThe history is in ${options.file}. Try:\n  ${command} agenda --file ${options.file} --district ${district}\n  ${command} board --file ${options.file} --html board.html\n  ${command} verify --file ${options.file}\n`);
    });
  });
};
