#!/usr/bin/env node
import { processIo } from '../cli-io';
import { runCli } from '../run-cli';

// A reader that stops early (`send-hub export | head`) closes the pipe: the rest of the output
// is not wanted, so the command ends quietly rather than with a stack trace. Anything a command
// writes to the hub is committed before it prints.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
});

runCli(process.argv.slice(2), processIo()).then((code) => {
  process.exitCode = code;
});
