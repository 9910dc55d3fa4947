/** Where the command line writes: the real streams in the program, strings in tests. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Progress bars are drawn only on a terminal; elsewhere a line now and then. */
  readonly stderrIsTerminal: boolean;
  /** The working folder relative paths are resolved against. */
  readonly workingFolder: string;
  readonly now: () => Date;
  /** A command that worked but found the data wanting (verification problems, a refused import) sets a non-zero code here. */
  readonly exit: { code: number };
  /** All of standard input as text, for a command given "-" instead of a file. */
  readonly readStandardInput: () => Promise<string>;
  /** How the person runs this command, for the commands the output suggests to copy: `send-hub` unless told otherwise. */
  readonly commandName?: string;
}

/**
 * How the person who started this process runs the command line: through the repository's own
 * scripts (`pnpm demo`, `pnpm send-hub`) it is `pnpm send-hub` (or `npm run send-hub --`), since
 * `send-hub` is on the path only where the package is installed.
 */
export const commandNameOf = (environment: Readonly<Record<string, string | undefined>>): string => {
  const script = environment.npm_lifecycle_event;
  if (script !== 'demo' && script !== 'send-hub') return 'send-hub';
  return (environment.npm_config_user_agent ?? '').startsWith('npm/') ? 'npm run send-hub --' : 'pnpm send-hub';
};

/** How the person runs this command line: `send-hub` unless the io says otherwise. */
export const commandNameIn = (io: Pick<CliIo, 'commandName'>): string => io.commandName ?? 'send-hub';

/** A command for the person to run, quoted, as they run this command line: `"send-hub verify"`, or `"pnpm send-hub verify"` through the repository's scripts. */
export const suggested = (io: Pick<CliIo, 'commandName'>, words: string): string => `"${commandNameIn(io)} ${words}"`;

const readProcessInput = async (): Promise<string> => {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
};

export const processIo = (): CliIo => ({
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stderrIsTerminal: process.stderr.isTTY === true,
  workingFolder: process.cwd(),
  now: () => new Date(),
  exit: { code: 0 },
  readStandardInput: readProcessInput,
  commandName: commandNameOf(process.env),
});
