import { createHash } from 'node:crypto';
import { Agency, CaseId, ChildReference } from '@send-hub/core';
import { canonicalJson } from '@send-hub/event-store';
import * as t from 'io-ts';
import { RoleId } from '../policy/access-actor';
import { ReadKind } from '../policy/access-policy';

/** Why a record was read, as the reader gave it (an agenda, a review, a subject access request). */
export const AccessPurpose = new t.Type<string, string, unknown>(
  'a purpose of 1 to 500 characters',
  (input): input is string => typeof input === 'string' && input.trim().length > 0 && input.length <= 500,
  (input, context) => (typeof input === 'string' && input.trim().length > 0 && input.length <= 500 ? t.success(input) : t.failure(input, context)),
  t.identity,
);

const recordFields = {
  at: t.string,
  actor: t.exact(t.type({ id: t.string, role: RoleId, agency: Agency })),
  read: ReadKind,
  childReference: ChildReference,
  purpose: AccessPurpose,
};
const recordOptionalFields = { caseId: CaseId };

/** One read of one child's personal data: who, when, which child (by pseudonymous reference, never by name), what and why. */
export const AccessRecord = t.exact(t.intersection([t.type(recordFields), t.partial(recordOptionalFields)]), 'an access log record');
export type AccessRecord = t.TypeOf<typeof AccessRecord>;

/** A record as the log keeps it: numbered from 1, and chained to the entry before by its hash. */
export const AccessLogEntry = t.exact(
  t.intersection([t.type({ ...recordFields, sequence: t.number, previousHash: t.string, hash: t.string }), t.partial(recordOptionalFields)]),
  'an access log entry',
);
export type AccessLogEntry = t.TypeOf<typeof AccessLogEntry>;

/** The hash before the first entry. */
export const accessLogGenesis = '0'.repeat(64);

/** The hash of an entry: over its previous hash and the canonical JSON of everything else in it. */
export const accessEntryHash = (entry: Omit<AccessLogEntry, 'hash'>): string => {
  const { previousHash, ...content } = entry;
  return createHash('sha256').update(`${previousHash}:${canonicalJson(content)}`).digest('hex');
};

/** Numbers and chains new records after `head` (the last entry, undefined for an empty log). */
export const chainAccessRecords = (head: Pick<AccessLogEntry, 'sequence' | 'hash'> | undefined, records: ReadonlyArray<AccessRecord>): ReadonlyArray<AccessLogEntry> => {
  const entries: AccessLogEntry[] = [];
  let sequence = head?.sequence ?? 0;
  let previousHash = head?.hash ?? accessLogGenesis;
  for (const record of records) {
    sequence += 1;
    const unhashed = { ...record, sequence, previousHash };
    const entry = { ...unhashed, hash: accessEntryHash(unhashed) };
    entries.push(entry);
    previousHash = entry.hash;
  }
  return entries;
};
