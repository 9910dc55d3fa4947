import type { AccessLogEntry, AccessRecord } from './access-log-entry';

/**
 * Where the log of who read what is kept: append-only, each entry chained to the one
 * before. Adapters store entries as JSON text and give them back parsed but unchecked,
 * so the verifier sees what is stored, whatever was done to it.
 */
export interface AccessLog {
  /** Chains the records after the last entry and stores them, all or none. */
  append(records: ReadonlyArray<AccessRecord>): Promise<ReadonlyArray<AccessLogEntry>>;
  /** Every stored entry in order of sequence, as stored; for `childReference`, that child's only. */
  storedEntries(childReference?: string): Promise<ReadonlyArray<unknown>>;
  dispose(): Promise<void>;
}
