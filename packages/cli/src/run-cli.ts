import { describeFailure, exitCodes } from './cli-failure';
import type { CliIo } from './cli-io';
import { createProgram, isCommanderExit } from './program';

/** Runs the command line on `args` (without node and the script) and resolves to the exit code. */
export const runCli = async (args: ReadonlyArray<string>, io: CliIo): Promise<number> => {
  const program = createProgram(io);
  try {
    await program.parseAsync([...args], { from: 'user' });
    return io.exit.code;
  } catch (error) {
    // Commander has already printed help, the version or its own complaint.
    if (isCommanderExit(error)) return error.exitCode === 0 ? exitCodes.ok : exitCodes.usage;
    const failure = describeFailure(error);
    io.stderr(failure.text);
    return failure.exitCode;
  }
};
