import { StoreUnavailableError } from '@send-hub/event-store';
import { sqliteErrorCode } from './sqlite-error-code';

/** What a failure message needs to say where and how long. */
export interface FailureContext {
  readonly file: string;
  readonly busyTimeoutMs: number;
}

/** Plain-English explanation of an SQLite failure caused by the machine rather than by our code. */
const explain = (code: string, { file, busyTimeoutMs }: FailureContext): string | undefined => {
  const theFile = `The event store file "${file}"`;
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return (
      `${theFile} is locked by another program that is writing to it; we waited ${busyTimeoutMs} ms. ` +
      'Close the other program or wait for it to finish, then try again.'
    );
  }
  if (code === 'SQLITE_READONLY_DIRECTORY') {
    return (
      `${theFile} is in a read-only folder: SQLite needs to create its log files beside it. ` +
      'Make the folder writable, or move the file to a writable folder.'
    );
  }
  if (code.startsWith('SQLITE_READONLY')) {
    return (
      `${theFile} is read-only, so nothing can be written to it. ` +
      'Check the permissions of the file and of its folder, or open a writable copy.'
    );
  }
  if (code === 'SQLITE_FULL') {
    return (
      `The disk holding the event store file "${file}" is full (or the file reached its size limit), ` +
      'so the last change was not saved. Free some disk space and try again.'
    );
  }
  if (code.startsWith('SQLITE_CANTOPEN') || code === 'SQLITE_PERM') {
    return (
      `${theFile} cannot be opened: the folder may be missing or read-only, or the file may not be readable. ` +
      'Check the path and its permissions.'
    );
  }
  if (code.startsWith('SQLITE_IOERR')) {
    return `${theFile} could not be read or written: the disk reported an error (${code}). Check the disk, then try again.`;
  }
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
    return `${theFile} is damaged or is not an event store at all (${code}). Restore it from a backup.`;
  }
  return undefined;
};

/**
 * Turns infrastructure failures into `StoreUnavailableError`; anything else
 * (a bug, such as a wrong SQL statement) is returned unchanged, to be rethrown.
 */
export const asStoreFailure = (error: unknown, context: FailureContext): unknown => {
  const code = sqliteErrorCode(error);
  const explanation = code === undefined ? undefined : explain(code, context);
  return explanation === undefined ? error : new StoreUnavailableError(explanation, error);
};

/** Runs one database action, translating infrastructure failures. */
export const guarded = <A>(context: FailureContext, action: () => A): A => {
  try {
    return action();
  } catch (error) {
    throw asStoreFailure(error, context);
  }
};
