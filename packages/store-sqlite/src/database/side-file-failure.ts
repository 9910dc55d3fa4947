import { StoreUnavailableError } from '@send-hub/event-store';
import { sqliteErrorCode } from './sqlite-error-code';

const explain = (code: string, file: string, kind: string, purpose: string): string | undefined => {
  const theFile = `The ${kind} "${file}"`;
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return `${theFile} is locked by another program that is writing to it. Wait for it to finish, then try again.`;
  if (code.startsWith('SQLITE_READONLY')) return `${theFile} (or its folder) is read-only, so ${purpose}. Check the permissions.`;
  if (code === 'SQLITE_FULL') return `The disk holding the ${kind} "${file}" is full, so the last change was not saved. Free some disk space and try again.`;
  if (code.startsWith('SQLITE_CANTOPEN') || code === 'SQLITE_PERM') return `${theFile} cannot be opened: check that its folder exists and that the file is readable.`;
  if (code.startsWith('SQLITE_IOERR')) return `${theFile} could not be read or written: the disk reported an error (${code}). Check the disk, then try again.`;
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return `${theFile} is damaged or is not a ${kind} (${code}). Restore it from a backup.`;
  return undefined;
};

/** A failure of the machine on a side file as `StoreUnavailableError`, in plain words; any other error unchanged. */
export const asSideFileFailure = (error: unknown, file: string, kind: string, purpose: string): unknown => {
  const code = sqliteErrorCode(error);
  const explanation = code === undefined ? undefined : explain(code, file, kind, purpose);
  return explanation === undefined ? error : new StoreUnavailableError(explanation, error);
};

/**
 * Runs `work` on a side file (keys, read models), turning failures of the machine (locks,
 * disks, permissions) into `StoreUnavailableError`; bugs pass through.
 */
export const guardedSideFile = <Result>(file: string, kind: string, purpose: string, work: () => Result): Result => {
  try {
    return work();
  } catch (error) {
    throw asSideFileFailure(error, file, kind, purpose);
  }
};

const keyStoreFile = 'key store file';
const keyStorePurpose = 'keys cannot be created or destroyed';

export const asKeyStoreFailure = (error: unknown, file: string): unknown => asSideFileFailure(error, file, keyStoreFile, keyStorePurpose);

export const guardedKeyStore = <Result>(file: string, work: () => Result): Result => guardedSideFile(file, keyStoreFile, keyStorePurpose, work);
