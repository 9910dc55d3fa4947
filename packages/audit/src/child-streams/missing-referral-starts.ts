import type { ReferralStarted } from '@send-hub/core';
import type { HubEvent } from '@send-hub/hub';

/**
 * The `ReferralStarted` events a history lacks: one for each case whose `Referred` has no
 * start on its child's stream (a case referred before each child had a stream of its own,
 * docs/decisions/0040), in the order the cases were referred, dated as their referrals.
 * A child whose erasure is recorded is left out, as a referral of such a child starts
 * nothing on the child's stream. Pure: `history` is the stored events, oldest first.
 */
export const missingReferralStarts = (history: Iterable<HubEvent>): ReadonlyArray<ReferralStarted> => {
  const started = new Set<string>();
  const erased = new Set<string>();
  const referred = new Map<string, ReferralStarted>();
  for (const event of history) {
    if (event.type === 'ReferralStarted') started.add(event.caseId);
    else if (event.type === 'PersonalDataErased') erased.add(event.childReference);
    else if (event.type === 'Referred' && !referred.has(event.caseId)) {
      referred.set(event.caseId, { type: 'ReferralStarted', childReference: event.referral.childReference, caseId: event.caseId, occurredOn: event.occurredOn });
    }
  }
  return [...referred.values()].filter((start) => !started.has(start.caseId) && !erased.has(start.childReference));
};

/** The missing starts by child, each child's in the order its cases were referred, children in the order of their first such case. */
export const missingReferralStartsByChild = (missing: ReadonlyArray<ReferralStarted>): ReadonlyMap<string, ReadonlyArray<ReferralStarted>> => {
  const byChild = new Map<string, ReferralStarted[]>();
  for (const start of missing) {
    const ofChild = byChild.get(start.childReference);
    if (ofChild === undefined) byChild.set(start.childReference, [start]);
    else ofChild.push(start);
  }
  return byChild;
};
