import type { Pool } from 'pg';
import { AccessLogEntry, chainAccessRecords, type AccessLog, type AccessRecord } from '@send-hub/access';
import { StoreUnavailableError } from '@send-hub/event-store';
import { openSchema } from '../connection/open-schema';
import { asPostgresFailure, describeServer, type ServerDescription } from '../connection/postgres-failure';
import { quoted, requireSchemaName } from '../connection/schema-name';
import type { PostgresSideStoreOptions } from '../read-models/postgres-read-model-store';
import type { Migration } from '../schema/migrations';
import { defaultSchema, requireConnectionString } from '../store-options';

// No UPDATE or DELETE is ever issued; the trigger refuses one issued by anything else.
const accessLogMigrations: ReadonlyArray<Migration> = [
  {
    description: 'the append-only access log, each entry chained to the one before',
    sql: (schema) => {
      const s = quoted(schema);
      return `
        CREATE TABLE ${s}.access_log (sequence bigint PRIMARY KEY, child_reference text NOT NULL, entry text NOT NULL);
        CREATE INDEX access_log_by_child ON ${s}.access_log (child_reference, sequence);
        CREATE FUNCTION ${s}.refuse_access_log_change() RETURNS trigger LANGUAGE plpgsql AS $body$
        BEGIN RAISE EXCEPTION 'the access log is append-only'; END
        $body$;
        CREATE TRIGGER access_log_append_only BEFORE UPDATE OR DELETE ON ${s}.access_log FOR EACH ROW EXECUTE FUNCTION ${s}.refuse_access_log_change();
      `;
    },
  },
];

const parsed = (text: string): unknown => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // Left for the verifier to report as unreadable.
    return text;
  }
};

/**
 * The log of who read a child's record, in a schema of its own: append-only, each entry
 * chained to the one before. The head is read and the new entries written in one
 * transaction under an advisory lock, so two writers never chain from the same entry.
 */
export class PostgresAccessLog implements AccessLog {
  private disposed = false;
  private readonly server: ServerDescription;

  constructor(
    private readonly pool: Pool,
    readonly schema: string,
    connectionString: string,
  ) {
    this.server = describeServer(connectionString);
  }

  async append(records: ReadonlyArray<AccessRecord>): Promise<ReadonlyArray<AccessLogEntry>> {
    if (records.length === 0) return [];
    return this.guarded(async () => {
      const client = await this.pool.connect();
      try {
        await client.query('BEGIN');
        await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`send-hub access log of ${this.schema}`]);
        const headRow = await client.query<[string]>({ text: `SELECT entry FROM ${this.table()} ORDER BY sequence DESC LIMIT 1`, rowMode: 'array' });
        const headText = headRow.rows[0]?.[0];
        const head = headText === undefined ? undefined : AccessLogEntry.decode(parsed(headText));
        if (head !== undefined && head._tag === 'Left') {
          throw new StoreUnavailableError(`The last entry of the access log in PostgreSQL schema "${this.schema}" cannot be read, so no entry can be chained after it. Run verify, and restore the log from a backup.`);
        }
        const entries = chainAccessRecords(head?.right, records);
        await client.query(`INSERT INTO ${this.table()} (sequence, child_reference, entry) SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[])`, [
          entries.map((entry) => entry.sequence),
          entries.map((entry) => entry.childReference),
          entries.map((entry) => JSON.stringify(AccessLogEntry.encode(entry))),
        ]);
        await client.query('COMMIT');
        return entries;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    });
  }

  async storedEntries(childReference?: string): Promise<ReadonlyArray<unknown>> {
    return this.guarded(async () => {
      const result =
        childReference === undefined
          ? await this.pool.query<[string]>({ text: `SELECT entry FROM ${this.table()} ORDER BY sequence`, rowMode: 'array' })
          : await this.pool.query<[string]>({ text: `SELECT entry FROM ${this.table()} WHERE child_reference = $1 ORDER BY sequence`, values: [childReference], rowMode: 'array' });
      return result.rows.map((row) => parsed(row[0]));
    });
  }

  async dispose(): Promise<void> {
    if (this.disposed) return;
    this.disposed = true;
    await this.pool.end();
  }

  private table(): string {
    return `${quoted(this.schema)}.access_log`;
  }

  private async guarded<Result>(work: () => Promise<Result>): Promise<Result> {
    if (this.disposed) throw new StoreUnavailableError(`The access log in PostgreSQL schema "${this.schema}" was closed; open it again.`);
    try {
      return await work();
    } catch (error) {
      throw asPostgresFailure(error, this.server, 'reads of personal data cannot be logged (and are refused)');
    }
  }
}

/** Opens (creating when missing) the access log schema (default: the event schema's name with `_access_log` added); refuses a schema that holds events. */
export const openPostgresAccessLog = async (options: PostgresSideStoreOptions): Promise<PostgresAccessLog> => {
  const connectionString = requireConnectionString(options.connectionString);
  const schema = requireSchemaName('schema', options.schema ?? `${options.eventSchema ?? defaultSchema}_access_log`);
  const pool = await openSchema({ connectionString, schema, migrations: accessLogMigrations, maxConnections: 2, statementTimeoutMs: 60_000, kind: 'access log', besideEvents: 'Keep the access log in a schema of its own.' });
  return new PostgresAccessLog(pool, schema, connectionString);
};
