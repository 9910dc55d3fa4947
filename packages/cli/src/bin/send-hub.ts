#!/usr/bin/env node
import { processIo } from '../cli-io';
import { runCli } from '../run-cli';

runCli(process.argv.slice(2), processIo()).then((code) => {
  process.exitCode = code;
});
