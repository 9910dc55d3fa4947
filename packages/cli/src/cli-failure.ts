import { StoreUnavailableError } from '@send-hub/event-store';

/**
 * A failure the person at the keyboard can act on: what was wrong and what to do.
 * Anything else that escapes a command is a bug or broken infrastructure, reported as such.
 */
export class CliFailure extends Error {
  constructor(
    message: string,
    readonly hint?: string,
    readonly exitCode: number = exitCodes.usage,
  ) {
    super(message);
    this.name = 'CliFailure';
  }
}

export const exitCodes = {
  ok: 0,
  /** Verification found problems, or an import was refused: the command worked, the data did not pass. */
  checkFailed: 1,
  /** Bad arguments or a refused request. */
  usage: 2,
  /** The store or a file could not be used. */
  unavailable: 3,
} as const;

/** The message printed for any failure, with the hint on its own line. */
export const describeFailure = (error: unknown): { readonly text: string; readonly exitCode: number } => {
  if (error instanceof CliFailure) return { text: `send-hub: ${error.message}${error.hint === undefined ? '' : `\n${error.hint}`}\n`, exitCode: error.exitCode };
  if (error instanceof StoreUnavailableError) return { text: `send-hub: ${error.message}\n`, exitCode: exitCodes.unavailable };
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return { text: `send-hub: something went wrong that should not have. Please report it with what follows.\n${detail}\n`, exitCode: 70 };
};
