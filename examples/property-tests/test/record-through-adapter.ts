import { openInMemoryHub, type Hub } from '@send-hub/application';
import { caseStreamId, createCaseDecider, staffordshireConfiguration, type CaseCommand, type CaseEvent } from '@send-hub/core';
import { decideInTurn } from '@send-hub/testing';
import { createCaseManagementAdapter, type RecordOutcome } from '../src/case-management-adapter';
import { councilExtractFor } from './council-extract';

export const configuration = staffordshireConfiguration;

export interface Recorded {
  readonly hub: Hub;
  readonly outcomes: ReadonlyArray<RecordOutcome>;
}

/** Sends the commands' council records through the adapter into a fresh hub, and waits for its read models. The caller disposes the hub. */
export const recordThroughAdapter = async (commands: ReadonlyArray<CaseCommand>): Promise<Recorded> => {
  const hub = openInMemoryHub({ configuration, clock: () => new Date('2026-09-01T08:00:00Z') });
  await hub.readModels.start();
  const outcomes = await createCaseManagementAdapter(hub, { agency: 'education' }).sendAll(councilExtractFor(commands, configuration));
  // An extract the hub refused in full writes nothing, and there is no position to wait for.
  const head = await hub.stores.raw.headPosition();
  if (head !== undefined) await hub.readModels.waitFor(head);
  return { hub, outcomes };
};

/** The events the hub's rules decide for these commands, case by case: the pure decider, no store, no adapter. */
export const decidedEvents = (commands: ReadonlyArray<CaseCommand>): ReadonlyArray<CaseEvent> => {
  const decider = createCaseDecider(configuration);
  const byCase = new Map<string, CaseCommand[]>();
  for (const command of commands) byCase.set(command.caseId, [...(byCase.get(command.caseId) ?? []), command]);
  return [...byCase.values()].flatMap((ofCase) => decideInTurn(decider, ofCase).events);
};

/** Every event the hub stored for a case, as the domain event it is (the envelope's type with the data). */
export const storedEventsOf = async (hub: Hub, caseId: string): Promise<ReadonlyArray<unknown>> =>
  (await hub.stores.readable.readStream(caseStreamId(caseId))).map((event) => ({ ...(event.data as object), type: event.type }));
