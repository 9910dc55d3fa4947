import { caseEventLabels, caseStreamId, createCaseDecider, type CaseEvent, type HubConfiguration } from '@send-hub/core';
import { readAllInPages, type EventStore } from '@send-hub/event-store';
import { decodeHubEvent, type Upcast } from '@send-hub/hub';
import { either as E } from 'fp-ts';

/** What the policy needs to know of a case, none of it personal: whose it is (by reference) and where it stands. */
export interface CaseFacts {
  readonly caseId: string;
  readonly childReference: string;
  readonly district: string;
}

const caseEventTypes = new Set<string>(Object.keys(caseEventLabels));
const isCaseEvent = (event: { readonly type: string }): event is CaseEvent => caseEventTypes.has(event.type);

/**
 * A case's child reference and current district, folded from its events through
 * `store`: the hub's `stores.readModels`, which withholds every personal field and
 * looks up no key, so finding out whether a record may be read reads nothing personal.
 * Undefined when the case was never referred.
 */
export const caseFactsOf = async (store: EventStore, configuration: HubConfiguration, upcast: Upcast, caseId: string): Promise<CaseFacts | undefined> => {
  const { evolve, initialState } = createCaseDecider(configuration);
  let state = initialState;
  for (const recorded of await store.readStream(caseStreamId(caseId))) {
    const decoded = decodeHubEvent(recorded, upcast);
    if (E.isRight(decoded) && isCaseEvent(decoded.right.event)) state = evolve(state, decoded.right.event);
  }
  return state.status === 'not-referred' ? undefined : { caseId, childReference: state.childReference, district: state.district };
};

/** The ids of every case referred for the child, oldest first, found through `store` (again `stores.readModels`). */
export const casesOfChild = async (store: EventStore, upcast: Upcast, childReference: string): Promise<ReadonlyArray<string>> => {
  const caseIds: string[] = [];
  for await (const page of readAllInPages(store, { streamPrefix: 'case-', metadata: 'skip' })) {
    for (const recorded of page) {
      if (recorded.type !== 'Referred') continue;
      const decoded = decodeHubEvent(recorded, upcast);
      if (E.isRight(decoded) && decoded.right.event.type === 'Referred' && decoded.right.event.referral.childReference === childReference) caseIds.push(decoded.right.event.caseId);
    }
  }
  return caseIds;
};
