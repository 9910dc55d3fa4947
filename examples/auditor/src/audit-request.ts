import { parseArgs } from 'node:util';
import { Instant } from '@send-hub/audit';
import { CalendarDate, CaseId, ChildReference } from '@send-hub/core';
import { either as E } from 'fp-ts';

/** What the auditor asked for: the export, perhaps the head hash the council published, and perhaps one case to replay or one child's story to tell. */
export interface AuditRequest {
  readonly exportFile: string;
  readonly publishedHeadHash?: string;
  readonly caseId?: string;
  /** A child whose story (every case of the child as one timeline) to tell. */
  readonly childReference?: string;
  /** Replay the case (or tell the story) as it stood on this business date. */
  readonly onDate?: CalendarDate;
  /** Replay the case (or tell the story) as the hub knew it at this moment. */
  readonly knownAt?: Instant;
}

export const usage = [
  'Usage: audit-export <export file> [--head <published head hash>] [--case <case id>] [--child <child reference>] [--on <YYYY-MM-DD>] [--known-at <date and time>]',
  '',
  '  --head      the head hash the council published for this export: the file must add up to it',
  '  --case      a case to replay as one timeline',
  '  --child     a child whose story to tell: every case of the child as one timeline',
  '  --on        show the case or the story as it stood on this business date (what had happened by then)',
  '  --known-at  show the case or the story as the hub knew it at this moment, for example 2025-12-01T09:00:00Z',
].join('\n');

const headHashPattern = /^[0-9a-f]{64}$/;

/** Reads the command line; a mistake is told in plain English with the usage, never thrown. */
export const auditRequestOf = (argv: ReadonlyArray<string>): E.Either<string, AuditRequest> => {
  let parsed: ReturnType<typeof parseOptions>;
  try {
    parsed = parseOptions(argv);
  } catch (error) {
    return E.left((error as Error).message);
  }
  const { values, positionals } = parsed;
  const [exportFile, ...extra] = positionals;
  if (exportFile === undefined) return E.left('Give the export file to audit.');
  if (extra.length > 0) return E.left(`Give one export file, not ${positionals.length}: ${positionals.join(', ')}.`);
  if (values.head !== undefined && !headHashPattern.test(values.head)) return E.left(`The head hash must be 64 hexadecimal digits (lower case), but was "${values.head}".`);
  if (values.case !== undefined && !CaseId.is(values.case)) return E.left(`The case must be a case id (a lower-case UUID), but was "${values.case}".`);
  if (values.child !== undefined && !ChildReference.is(values.child)) return E.left(`The child must be a child reference (4 to 64 letters, digits or hyphens), but was "${values.child}".`);
  if (values.on !== undefined && !CalendarDate.is(values.on)) return E.left(`The date after --on must be written YYYY-MM-DD, but was "${values.on}".`);
  if (values['known-at'] !== undefined && !Instant.is(values['known-at'])) {
    return E.left(`The moment after --known-at must be a date and time with its time zone, like 2025-12-01T09:00:00Z, but was "${values['known-at']}".`);
  }
  if (values.case === undefined && values.child === undefined && (values.on !== undefined || values['known-at'] !== undefined)) {
    return E.left('--on and --known-at replay a case or tell a story: give the case with --case or the child with --child.');
  }
  return E.right({
    exportFile,
    ...(values.head === undefined ? {} : { publishedHeadHash: values.head }),
    ...(values.case === undefined ? {} : { caseId: values.case }),
    ...(values.child === undefined ? {} : { childReference: values.child }),
    ...(values.on === undefined ? {} : { onDate: values.on }),
    ...(values['known-at'] === undefined ? {} : { knownAt: values['known-at'] }),
  });
};

const parseOptions = (argv: ReadonlyArray<string>) =>
  parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: { head: { type: 'string' }, case: { type: 'string' }, child: { type: 'string' }, on: { type: 'string' }, 'known-at': { type: 'string' } },
  });
