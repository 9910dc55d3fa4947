import Database from 'better-sqlite3';
import { AccessLogEntry, chainAccessRecords, type AccessLog, type AccessRecord } from '@send-hub/access';
import { StoreUnavailableError } from '@send-hub/event-store';
import { openSideFile, type SideFileOptions } from '../database/open-side-file';
import { guardedSideFile } from '../database/side-file-failure';

// No UPDATE or DELETE is ever issued; the triggers refuse one issued by anything else through SQLite.
const schema = `
  CREATE TABLE IF NOT EXISTS access_log (
    sequence INTEGER PRIMARY KEY,
    child_reference TEXT NOT NULL,
    entry TEXT NOT NULL
  ) STRICT;
  CREATE INDEX IF NOT EXISTS access_log_by_child ON access_log (child_reference, sequence);
  CREATE TRIGGER IF NOT EXISTS access_log_no_update BEFORE UPDATE ON access_log BEGIN SELECT RAISE(ABORT, 'the access log is append-only'); END;
  CREATE TRIGGER IF NOT EXISTS access_log_no_delete BEFORE DELETE ON access_log BEGIN SELECT RAISE(ABORT, 'the access log is append-only'); END;
`;

const guarded = <Result>(file: string, work: () => Result): Result => guardedSideFile(file, 'access log file', 'reads of personal data cannot be logged (and are refused)', work);

const parsed = (text: string): unknown => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // Left for the verifier to report as unreadable.
    return text;
  }
};

/**
 * The log of who read a child's record, in an SQLite file of its own: append-only, each
 * entry chained to the one before. The head is read and the new entries written in one
 * immediate transaction, so two writers never chain from the same entry.
 */
export class SqliteAccessLog implements AccessLog {
  private readonly statements;

  constructor(
    private readonly database: Database.Database,
    private readonly file: string,
  ) {
    this.statements = {
      head: database.prepare<[], { entry: string }>('SELECT entry FROM access_log ORDER BY sequence DESC LIMIT 1'),
      insert: database.prepare<[number, string, string]>('INSERT INTO access_log (sequence, child_reference, entry) VALUES (?, ?, ?)'),
      all: database.prepare<[], { entry: string }>('SELECT entry FROM access_log ORDER BY sequence'),
      forChild: database.prepare<[string], { entry: string }>('SELECT entry FROM access_log WHERE child_reference = ? ORDER BY sequence'),
    };
  }

  async append(records: ReadonlyArray<AccessRecord>): Promise<ReadonlyArray<AccessLogEntry>> {
    if (records.length === 0) return [];
    return this.guarded(() =>
      this.database.transaction(() => {
        const headRow = this.statements.head.get();
        const head = headRow === undefined ? undefined : AccessLogEntry.decode(parsed(headRow.entry));
        if (head !== undefined && head._tag === 'Left') {
          throw new StoreUnavailableError(`The last entry of the access log file "${this.file}" cannot be read, so no entry can be chained after it. Run verify, and restore the file from a backup.`);
        }
        const entries = chainAccessRecords(head?.right, records);
        for (const entry of entries) this.statements.insert.run(entry.sequence, entry.childReference, JSON.stringify(AccessLogEntry.encode(entry)));
        return entries;
      }).immediate(),
    );
  }

  async storedEntries(childReference?: string): Promise<ReadonlyArray<unknown>> {
    return this.guarded(() => (childReference === undefined ? this.statements.all.all() : this.statements.forChild.all(childReference)).map((row) => parsed(row.entry)));
  }

  async dispose(): Promise<void> {
    if (this.database.open) this.database.close();
  }

  private guarded<Result>(work: () => Result): Result {
    if (!this.database.open) throw new StoreUnavailableError(`The access log file "${this.file}" was closed; open it again.`);
    return guarded(this.file, work);
  }
}

/** Opens (creating when missing) the access log kept in `file`; refuses an event store or key store file. */
export const openSqliteAccessLog = (options: SideFileOptions): SqliteAccessLog =>
  guarded(options.file, () =>
    openSideFile(options, 'access log file', ['events', 'personal_data_keys'], 'Keep the access log in a file of its own.', (database) => {
      database.pragma('journal_mode = WAL');
      database.pragma('synchronous = FULL');
      database.exec(schema);
      return new SqliteAccessLog(database, options.file);
    }),
  );
