import { readFileSync } from 'node:fs';
import { CliFailure, exitCodes } from '../cli-failure';

/** Why a file the person named could not be read, in words, from the system's error. */
const whyUnreadable = (error: unknown, path: string, what: string, ifMissing: string | undefined): CliFailure => {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return new CliFailure(`There is no ${what} at ${path}.`, ifMissing, exitCodes.unavailable);
  if (code === 'EISDIR') return new CliFailure(`${path} is a folder, not the ${what}.`, undefined, exitCodes.unavailable);
  if (code === 'EACCES' || code === 'EPERM') return new CliFailure(`The ${what} at ${path} cannot be read: this user is not allowed to read it.`, undefined, exitCodes.unavailable);
  return new CliFailure(`The ${what} at ${path} cannot be read: ${error instanceof Error ? error.message : String(error)}.`, undefined, exitCodes.unavailable);
};

/** The text of a file the person named (`what` says which, as in "access policy file"; `ifMissing`, what to do when there is none). */
export const readNamedFile = (path: string, what: string, ifMissing?: string): string => {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw whyUnreadable(error, path, what, ifMissing);
  }
};

/** The JSON value of a file the person named; a file that is not JSON is refused, saying where it goes wrong. */
export const readNamedJsonFile = (path: string, what: string): unknown => {
  const text = readNamedFile(path, what);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new CliFailure(`The ${what} at ${path} is not JSON (${error instanceof Error ? error.message : String(error)}).`);
  }
};
