import { either as E } from 'fp-ts';
import type { AccessLog } from './access-log';
import { accessEntryHash, accessLogGenesis, AccessLogEntry } from './access-log-entry';

export type AccessLogProblemCode = 'entry-unreadable' | 'sequence-out-of-order' | 'chain-broken' | 'content-changed';

/** One thing wrong with the stored log, at the entry's place in it (1 for the first stored). */
export interface AccessLogProblem {
  readonly code: AccessLogProblemCode;
  readonly place: number;
  readonly message: string;
}

export interface AccessLogVerification {
  readonly entries: number;
  /** The last entry's hash: publish it beside the event log's head to pin the log as it stands. */
  readonly headHash: string;
  readonly problems: ReadonlyArray<AccessLogProblem>;
}

/**
 * Checks every stored entry: that it reads as an entry, is numbered one after the entry
 * before, names that entry's hash as its previous hash, and hashes to what it says. An
 * edit, a deletion, a reordering or an insertion each breaks one of these; a truncation
 * of the newest entries shows against a published head hash.
 */
export const verifyAccessLog = async (log: AccessLog): Promise<AccessLogVerification> => {
  const stored = await log.storedEntries();
  const problems: AccessLogProblem[] = [];
  let previousHash = accessLogGenesis;
  let previousSequence = 0;
  stored.forEach((value, index) => {
    const place = index + 1;
    const decoded = AccessLogEntry.decode(value);
    if (E.isLeft(decoded)) {
      problems.push({ code: 'entry-unreadable', place, message: `Entry ${place} of the access log is not an access log entry.` });
      return;
    }
    const entry = decoded.right;
    if (entry.sequence !== previousSequence + 1) {
      problems.push({ code: 'sequence-out-of-order', place, message: `Entry ${place} of the access log is numbered ${entry.sequence}, but the entry before is numbered ${previousSequence}: entries were deleted, added or moved.` });
    }
    if (entry.previousHash !== previousHash) {
      problems.push({ code: 'chain-broken', place, message: `Entry ${place} of the access log does not follow from the entry before it: the log was changed before this entry.` });
    }
    const { hash, ...unhashed } = entry;
    if (accessEntryHash(unhashed) !== hash) {
      problems.push({ code: 'content-changed', place, message: `Entry ${place} of the access log does not match its hash: it was changed after it was written.` });
    }
    previousHash = hash;
    previousSequence = entry.sequence;
  });
  return { entries: stored.length, headHash: previousHash, problems };
};

/** A child's entries, oldest first, and how many stored entries for the child could not be read. */
export const readAccessLog = async (log: AccessLog, childReference?: string): Promise<{ readonly entries: ReadonlyArray<AccessLogEntry>; readonly unreadable: number }> => {
  const stored = await log.storedEntries(childReference);
  const entries: AccessLogEntry[] = [];
  for (const value of stored) {
    const decoded = AccessLogEntry.decode(value);
    if (E.isRight(decoded)) entries.push(decoded.right);
  }
  return { entries, unreadable: stored.length - entries.length };
};
