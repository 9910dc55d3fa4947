import {
  CaseId,
  caseEventLabels,
  caseStreamId,
  createCaseDecider,
  daysBetween,
  describeCaseEvent,
  staffordshireConfiguration,
  AbsentPersonalDetails,
  type CaseEvent,
  type CaseState,
  type HubConfiguration,
} from '@send-hub/core';
import type { EventStore } from '@send-hub/event-store';
import { decodeHubEvent, formatValidationErrors, type Upcast } from '@send-hub/hub';
import { either as E } from 'fp-ts';
import { AsOf, isVisibleAsOf } from './as-of';
import { describeCaseState } from './case-state-description';
import { refuseReplay, type CaseTimeline, type ReplayRefusal, type TimelineGap, type TimelineStep } from './case-timeline';

export interface ReplayOptions {
  readonly asOf?: AsOf;
  readonly configuration?: HubConfiguration;
  readonly upcast?: Upcast;
  /** How personal details the store does not give are worded: `erased` (the default) or `not-held`, for a store read without the hub's keys. */
  readonly absentPersonalDetails?: AbsentPersonalDetails;
}

const caseEventTypes = new Set<string>(Object.keys(caseEventLabels));
const isCaseEvent = (event: { type: string }): event is CaseEvent => caseEventTypes.has(event.type);

const daysAfter = (occurredOn: string, recordedAt: string): number | undefined => {
  const days = daysBetween(occurredOn, recordedAt.slice(0, 10));
  return Number.isNaN(days) ? undefined : days;
};

/**
 * A case's history as one timeline: each step described in plain English, with who
 * recorded it, its business date, when it was recorded, and the case's state after it.
 * Read it through the personal-data layer to see names; after erasure they show as
 * erased. Events that cannot be read are listed as gaps, never a crash.
 */
export const replayCase = async (store: EventStore, caseId: string, options: ReplayOptions = {}): Promise<E.Either<ReplayRefusal, CaseTimeline>> => {
  if (!CaseId.is(caseId)) return E.left(refuseReplay('replay-options-invalid', `"${caseId}" is not a case id: expected a lower-case UUID.`));
  const asOf = AsOf.decode(options.asOf ?? {});
  if (E.isLeft(asOf)) return E.left(refuseReplay('replay-options-invalid', `The "as of" is not valid: ${formatValidationErrors(asOf.left)}.`));
  if (options.absentPersonalDetails !== undefined && !AbsentPersonalDetails.is(options.absentPersonalDetails)) {
    return E.left(refuseReplay('replay-options-invalid', `absentPersonalDetails must be "erased" or "not-held", but was ${JSON.stringify(options.absentPersonalDetails)}.`));
  }
  const configuration = options.configuration ?? staffordshireConfiguration;
  const decider = createCaseDecider(configuration);
  const streamId = caseStreamId(caseId);
  const recorded = await store.readStream(streamId);
  if (recorded.length === 0) return E.left(refuseReplay('case-not-found', `There is no case ${caseId} in this store.`));
  const steps: TimelineStep[] = [];
  const gaps: TimelineGap[] = [];
  let state: CaseState = decider.initialState;
  let stepsNotYetKnown = 0;
  for (const event of recorded) {
    const decoded = decodeHubEvent(event, options.upcast);
    if (E.isLeft(decoded)) {
      gaps.push({ revision: event.revision, message: decoded.left.message });
      continue;
    }
    const caseEvent = decoded.right.event;
    if (!isCaseEvent(caseEvent)) {
      gaps.push({ revision: event.revision, message: `The event at revision ${event.revision.toString()} is a ${caseEvent.type} event, which does not belong in a case's history.` });
      continue;
    }
    const { recordedAt, actor } = event.metadata;
    if (!isVisibleAsOf(asOf.right, caseEvent.occurredOn, recordedAt)) {
      stepsNotYetKnown += 1;
      continue;
    }
    state = decider.evolve(state, caseEvent);
    steps.push({
      revision: event.revision,
      position: event.position,
      eventType: caseEvent.type,
      label: caseEventLabels[caseEvent.type],
      description: describeCaseEvent(caseEvent, configuration, options.absentPersonalDetails),
      occurredOn: caseEvent.occurredOn,
      recordedAt,
      daysRecordedAfter: daysAfter(caseEvent.occurredOn, recordedAt),
      recordedBy: actor,
      event: caseEvent,
      stateAfter: state,
      stateAfterDescription: describeCaseState(state),
    });
  }
  return E.right({ caseId, streamId, asOf: asOf.right, steps, stepsNotYetKnown, gaps, finalState: state });
};
