/**
 * The SQLite result code (`SQLITE_BUSY`, ...) of an error thrown by better-sqlite3,
 * or undefined for any other error. Read from the error's shape rather than with
 * `instanceof`: the native addon keeps the error class of the first copy of
 * better-sqlite3 loaded in the process, so errors seen by a second copy (another
 * package's dependency, or a test runner's fresh module registry and globals) are
 * instances of neither its SqliteError nor its Error.
 */
export const sqliteErrorCode = (error: unknown): string | undefined => {
  if (typeof error !== 'object' || error === null) return undefined;
  const code: unknown = (error as { code?: unknown }).code;
  return typeof code === 'string' && code.startsWith('SQLITE_') ? code : undefined;
};
