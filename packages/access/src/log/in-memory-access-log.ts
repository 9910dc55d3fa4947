import type { AccessLog } from './access-log';
import { AccessLogEntry, chainAccessRecords, type AccessRecord } from './access-log-entry';

/** An access log in memory, for tests and the in-memory hub: each entry kept as the JSON text a file would hold. */
export class InMemoryAccessLog implements AccessLog {
  private readonly lines: string[] = [];
  private head: Pick<AccessLogEntry, 'sequence' | 'hash'> | undefined;

  append(records: ReadonlyArray<AccessRecord>): Promise<ReadonlyArray<AccessLogEntry>> {
    const entries = chainAccessRecords(this.head, records);
    for (const entry of entries) this.lines.push(JSON.stringify(AccessLogEntry.encode(entry)));
    this.head = entries[entries.length - 1] ?? this.head;
    return Promise.resolve(entries);
  }

  storedEntries(childReference?: string): Promise<ReadonlyArray<unknown>> {
    const all = this.lines.map((line): unknown => JSON.parse(line));
    return Promise.resolve(childReference === undefined ? all : all.filter((entry) => (entry as { childReference?: unknown }).childReference === childReference));
  }

  /** The stored text of every entry, for tests that tamper with it as someone with the file could. */
  get storedLines(): string[] {
    return this.lines;
  }

  dispose(): Promise<void> {
    return Promise.resolve();
  }
}
