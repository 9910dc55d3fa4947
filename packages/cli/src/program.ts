import { Command, CommanderError } from 'commander';
import type { CliIo } from './cli-io';
import { accessLogCommand } from './commands/access-log-command';
import { agendaCommand } from './commands/agenda-command';
import { boardCommand } from './commands/board-command';
import { demoCommand } from './commands/demo-command';
import { exportCommand } from './commands/export-command';
import { forgetCommand } from './commands/forget-command';
import { importCommand } from './commands/import-command';
import { rebuildCommand } from './commands/rebuild-command';
import { recordCommand } from './commands/record-command';
import { replayCommand } from './commands/replay-command';
import { storyCommand } from './commands/story-command';
import { simulateCommand } from './commands/simulate-command';
import { subjectAccessCommand } from './commands/subject-access-command';
import { verifyCommand } from './commands/verify-command';

const commands = [demoCommand, simulateCommand, recordCommand, agendaCommand, boardCommand, replayCommand, storyCommand, verifyCommand, exportCommand, importCommand, forgetCommand, accessLogCommand, subjectAccessCommand, rebuildCommand];

/** The `send-hub` program: every command, with help and errors written to `io`. */
export const createProgram = (io: CliIo): Command => {
  const program = new Command('send-hub')
    .description("Records each child's journey through a council's SEND and Inclusion Hub, and reports on it for the district hubs and the Partnership Board.")
    .version('0.1.0')
    .showHelpAfterError('(add --help for how to use it)')
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .exitOverride();
  for (const register of commands) register(program, io);
  for (const command of program.commands) command.exitOverride().configureOutput({ writeOut: io.stdout, writeErr: io.stderr }).showHelpAfterError('(add --help for how to use it)');
  return program;
};

export const isCommanderExit = (error: unknown): error is CommanderError => error instanceof CommanderError;
