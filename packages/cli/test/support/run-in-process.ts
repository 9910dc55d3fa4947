import { runCli, type CliIo } from '../../src';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the command line in this process, in `folder`, capturing what it prints; `standardInput` is what it reads from "-". */
export const runIn = async (folder: string, args: ReadonlyArray<string>, standardInput = '', commandName?: string): Promise<CliRun> => {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    stderrIsTerminal: false,
    workingFolder: folder,
    now: () => new Date('2026-07-20T12:00:00.000Z'),
    exit: { code: 0 },
    readStandardInput: () => Promise.resolve(standardInput),
    ...(commandName === undefined ? {} : { commandName }),
  };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
};
