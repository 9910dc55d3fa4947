import { StoreUnavailableError } from '@send-hub/event-store';

/** What a failure message names: the server and database (never the password), and the schema. */
export interface ServerDescription {
  readonly server: string;
  readonly database: string;
  readonly user: string;
}

/** The server, database and user of a connection string, for messages; the password is never read out. */
export const describeServer = (connectionString: string): ServerDescription => {
  try {
    const url = new URL(connectionString);
    const database = decodeURIComponent(url.pathname.replace(/^\//, ''));
    const user = decodeURIComponent(url.username);
    return { server: `${url.hostname || 'localhost'}:${url.port || '5432'}`, database: database || user || 'postgres', user: user || 'the operating-system user' };
  } catch {
    return { server: 'the PostgreSQL server', database: 'the database named in the connection string', user: 'the user named in the connection string' };
  }
};

const codeOf = (error: unknown): string | undefined => {
  const code: unknown = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
};

const connectionCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE']);
const connectionMessages = /Connection terminated|connection timeout|Client has encountered a connection error|Connection ended|server closed the connection/i;

/** True when the failure is the server going away or not answering: worth waiting out in a long read. */
export const isConnectionFailure = (error: unknown): boolean => {
  const code = codeOf(error);
  if (code !== undefined && (connectionCodes.has(code) || code.startsWith('08') || code === '57P01' || code === '57P02' || code === '57P03')) return true;
  return error instanceof Error && connectionMessages.test(error.message);
};

const explain = (error: unknown, { server, database, user }: ServerDescription, what: string): string | undefined => {
  const code = codeOf(error);
  if (isConnectionFailure(error)) {
    return (
      `The PostgreSQL server at ${server} cannot be reached (${error instanceof Error ? error.message : String(error)}), so ${what}. ` +
      'Check that the server is running and that the host and port are right, then try again.'
    );
  }
  if (code === '28P01') return `The PostgreSQL server at ${server} refused the password of user "${user}", so ${what}. Check the password in the connection string.`;
  if (code === '28000') return `The PostgreSQL server at ${server} refused user "${user}" (the role does not exist or may not log in), so ${what}. Check the user in the connection string.`;
  if (code === '3D000') return `The PostgreSQL server at ${server} has no database "${database}", so ${what}. Create it (createdb ${database}) or name another in the connection string.`;
  if (code === '25006') {
    return (
      `The PostgreSQL database "${database}" at ${server} is read-only (a standby replica, or default_transaction_read_only is on), so ${what}. ` +
      'Connect to the primary server to record anything.'
    );
  }
  if (code === '42501') return `User "${user}" may not do this in the PostgreSQL database "${database}" at ${server}, so ${what}. Grant the user the rights on the schema, or connect as its owner.`;
  if (code === '53100') return `The disk of the PostgreSQL server at ${server} is full, so ${what}. Free some space on the server, then try again.`;
  if (code === '53300') return `The PostgreSQL server at ${server} has no connection free (too many clients), so ${what}. Try again shortly, or raise max_connections.`;
  if (code === '57014') return `The PostgreSQL server at ${server} cancelled a statement that ran too long, so ${what}. Try again; raise statementTimeoutMs if it keeps happening.`;
  return undefined;
};

/** Turns infrastructure failures into `StoreUnavailableError` in plain words; anything else (a bug) is returned unchanged. */
export const asPostgresFailure = (error: unknown, server: ServerDescription, what: string): unknown => {
  if (error instanceof StoreUnavailableError) return error;
  const explanation = explain(error, server, what);
  return explanation === undefined ? error : new StoreUnavailableError(explanation, error);
};

/** True for a unique-constraint violation: another writer took the revision first. */
export const isUniqueViolation = (error: unknown): boolean => codeOf(error) === '23505';
