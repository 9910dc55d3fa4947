import { caseStreamId, isErased, type PersonalFieldPath } from '@send-hub/core';
import type { EventStore } from '@send-hub/event-store';
import { decodeHubEvent } from '@send-hub/hub';
import { erasedNameNote, type ChildNames } from '@send-hub/projection-district';

/** The one personal field a list of cases shows: the child's name, given by the referral. */
export const hubChildNameFields: Readonly<Record<string, ReadonlyArray<PersonalFieldPath>>> = { Referred: [['referral', 'personal', 'childName']] };

/** The name a case's referral gives, or the note that it was erased; undefined when the case has no readable referral. */
const nameOfReferral = async (store: EventStore, caseId: string): Promise<string | undefined> => {
  const [first] = await store.readStream(caseStreamId(caseId), { maxCount: 1 });
  if (first === undefined) return undefined;
  const decoded = decodeHubEvent(first);
  if (decoded._tag === 'Left' || decoded.right.event.type !== 'Referred') return undefined;
  const { childName } = decoded.right.event.referral.personal;
  return isErased(childName) ? erasedNameNote : childName;
};

/**
 * Opens the names of the given cases from their referrals, through `store`: a decrypting
 * view that gives `hubChildNameFields` in clear (the hub's `stores.childNames`). A name
 * whose key was destroyed comes back as `erasedNameNote`; a case with no readable referral
 * is left out, and lists show it as not looked up. Nothing is kept: each call reads again,
 * so a name erased a moment ago is never shown.
 */
export const openChildNames = async (store: EventStore, caseIds: Iterable<string>): Promise<ChildNames> => {
  const names = new Map<string, string>();
  for (const caseId of new Set(caseIds)) {
    const name = await nameOfReferral(store, caseId);
    if (name !== undefined) names.set(caseId, name);
  }
  return names;
};
