export { CliFailure, exitCodes } from './cli-failure';
export { processIo, type CliIo } from './cli-io';
export { createProgram } from './program';
export { runCli } from './run-cli';
