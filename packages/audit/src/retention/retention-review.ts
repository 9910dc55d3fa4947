import { CalendarDate, isErased } from '@send-hub/core';
import type { EventStore } from '@send-hub/event-store';
import { decodeHubEvent, formatValidationErrors, type Upcast } from '@send-hub/hub';
import { either as E } from 'fp-ts';
import * as t from 'io-ts';
import { holdOn, LegalHold } from './legal-holds';
import { erasureDueOn, RetentionPolicy } from './retention-policy';

export interface ChildDue {
  readonly childReference: string;
  readonly dateOfBirth: CalendarDate;
  /** Whether any referral recorded an education, health and care plan (the longer period applies). */
  readonly hadPlan: boolean;
  readonly dueOn: CalendarDate;
  readonly caseIds: ReadonlyArray<string>;
}

export interface RetentionReview {
  readonly asOf: CalendarDate;
  readonly policy: RetentionPolicy;
  /** Children whose personal data is due to be forgotten on `asOf`. */
  readonly due: ReadonlyArray<ChildDue>;
  /** Due, but kept by a legal hold. */
  readonly held: ReadonlyArray<ChildDue & { readonly hold: LegalHold }>;
  /** Children whose date of birth cannot be read while their data is not recorded as erased: a person must look. */
  readonly withoutDateOfBirth: ReadonlyArray<{ readonly childReference: string; readonly caseIds: ReadonlyArray<string> }>;
  readonly alreadyForgotten: ReadonlyArray<string>;
  readonly notYetDue: number;
}

export interface RetentionRefusal {
  readonly _tag: 'RetentionRefusal';
  readonly code: 'retention-options-invalid';
  readonly message: string;
}

const RetentionOptions = t.intersection(
  [t.type({ policy: RetentionPolicy, asOf: CalendarDate }), t.partial({ legalHolds: t.array(LegalHold, 'a list of legal holds') })],
  'retention options (policy, asOf and legalHolds)',
);

interface ChildRecord {
  readonly caseIds: string[];
  /** The latest date of birth recorded: if referrals disagree, the data is kept longer, never erased early. */
  dateOfBirth: CalendarDate | undefined;
  hadPlan: boolean;
}

const compareReferences = (left: { childReference: string }, right: { childReference: string }): number => left.childReference.localeCompare(right.childReference);

/**
 * The retention dry run: which children's personal data is due to be forgotten as of
 * a date, under the policy and legal holds, without changing anything. Read through
 * the personal-data layer: dates of birth are personal and readable only while the key exists.
 */
export const reviewRetention = async (
  store: EventStore,
  options: { readonly policy: RetentionPolicy; readonly asOf: CalendarDate; readonly legalHolds?: ReadonlyArray<LegalHold>; readonly upcast?: Upcast },
): Promise<E.Either<RetentionRefusal, RetentionReview>> => {
  const checked = RetentionOptions.decode({ policy: options.policy, asOf: options.asOf, legalHolds: options.legalHolds ?? [] });
  if (E.isLeft(checked)) return E.left({ _tag: 'RetentionRefusal', code: 'retention-options-invalid', message: `The retention options are not valid: ${formatValidationErrors(checked.left)}.` });
  const { policy, asOf, legalHolds = [] } = checked.right;
  const children = new Map<string, ChildRecord>();
  const forgotten = new Set<string>();
  for await (const recorded of store.readAll()) {
    const decoded = decodeHubEvent(recorded, options.upcast);
    if (E.isLeft(decoded)) continue; // the verifier reports unreadable events; retention cannot judge them
    const { event } = decoded.right;
    if (event.type === 'PersonalDataErased') forgotten.add(event.childReference);
    if (event.type !== 'Referred') continue;
    const { childReference, senProvision, personal } = event.referral;
    const child = children.get(childReference) ?? { caseIds: [], dateOfBirth: undefined, hadPlan: false };
    child.caseIds.push(event.caseId);
    child.hadPlan ||= senProvision === 'E';
    if (!isErased(personal.dateOfBirth) && (child.dateOfBirth === undefined || personal.dateOfBirth > child.dateOfBirth)) child.dateOfBirth = personal.dateOfBirth;
    children.set(childReference, child);
  }
  const due: ChildDue[] = [];
  const held: Array<ChildDue & { hold: LegalHold }> = [];
  const withoutDateOfBirth: Array<{ childReference: string; caseIds: ReadonlyArray<string> }> = [];
  let notYetDue = 0;
  for (const [childReference, child] of children) {
    if (forgotten.has(childReference)) continue;
    if (child.dateOfBirth === undefined) {
      withoutDateOfBirth.push({ childReference, caseIds: child.caseIds });
      continue;
    }
    const entry: ChildDue = { childReference, dateOfBirth: child.dateOfBirth, hadPlan: child.hadPlan, dueOn: erasureDueOn(policy, child.dateOfBirth, child.hadPlan), caseIds: child.caseIds };
    if (entry.dueOn > asOf) notYetDue += 1;
    else {
      const hold = holdOn(legalHolds, childReference, asOf);
      if (hold === undefined) due.push(entry);
      else held.push({ ...entry, hold });
    }
  }
  return E.right({
    asOf,
    policy,
    due: due.sort(compareReferences),
    held: held.sort(compareReferences),
    withoutDateOfBirth: withoutDateOfBirth.sort(compareReferences),
    alreadyForgotten: [...forgotten].sort(),
    notYetDue,
  });
};
