import type { AccessLogEntry } from '@send-hub/access';
import type { CaseTimeline } from '@send-hub/audit';
import type { Actor } from '@send-hub/event-store';

/**
 * Everything the hub holds about one child (UK GDPR article 15): each case as its whole
 * timeline (every event, with who recorded it and when, the personal details as held or
 * the note that they were erased), and every read of the child's record the access log
 * holds, this request's own included.
 */
export interface SubjectAccessReport {
  readonly councilName: string;
  readonly childReference: string;
  /** When the report was made, and by whom. */
  readonly preparedAt: string;
  readonly preparedBy: Actor;
  readonly cases: ReadonlyArray<CaseTimeline>;
  readonly reads: ReadonlyArray<AccessLogEntry>;
  /** Entries of the access log about the child that could not be read (run verify). */
  readonly unreadableReads: number;
  /** Each role's plain-English name, from the access policy, to say who recorded and who read. */
  readonly roleLabels: Readonly<Record<string, string>>;
  /** Each district's name, to say which hub a case was at. */
  readonly districtNames: Readonly<Record<string, string>>;
}
