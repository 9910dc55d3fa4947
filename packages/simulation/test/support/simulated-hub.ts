import { asLocalOperator, openInMemoryHub, type Hub } from '@send-hub/application';
import type { VerificationReport } from '@send-hub/audit';
import type { CaseEvent, ChildEvent, LMGMeetingEvent, MeetingEvent } from '@send-hub/core';
import type { RecordedEvent } from '@send-hub/event-store';
import { createSimulation, type SimulationOptions, type SimulationReport } from '../../src';

export interface SimulatedHub {
  readonly hub: Hub;
  readonly report: SimulationReport;
}

/** Runs a simulation into a fresh in-memory hub opened with the simulation's own hub options. */
export const simulateInMemory = async (options: SimulationOptions): Promise<SimulatedHub> => {
  const simulation = createSimulation(options);
  const hub = openInMemoryHub(simulation.hubOptions);
  const report = await simulation.run(hub);
  return { hub, report };
};

export const collect = async <Item>(items: AsyncIterable<Item>): Promise<Item[]> => {
  const collected: Item[] = [];
  for await (const item of items) collected.push(item);
  return collected;
};

/** The hub verified by its local operator, who may: a refusal here is a bug in the test. */
export const verifiedAsOperator = async (hub: Hub): Promise<VerificationReport> => {
  const report = await hub.verify(asLocalOperator(hub.configuration));
  if (report._tag === 'Left') throw new Error(report.left.message);
  return report.right;
};

/** Every line of the hub's export, as its local operator exports it. */
export const exportedLines = async (hub: Hub): Promise<string[]> => {
  const lines = hub.exportLines(asLocalOperator(hub.configuration));
  if (lines._tag === 'Left') throw new Error(lines.left.message);
  return collect(lines.right);
};

export interface StoredHubEvent {
  readonly recorded: RecordedEvent;
  readonly event: CaseEvent | ChildEvent | MeetingEvent | LMGMeetingEvent;
}

/** Every stored event in global order, with personal fields decrypted (the hub's own readable view). */
export const storedEvents = async (hub: Hub): Promise<StoredHubEvent[]> =>
  (await collect(hub.stores.readable.readAll())).map((recorded) => ({ recorded, event: { type: recorded.type, ...(recorded.data as object) } as CaseEvent | ChildEvent | MeetingEvent | LMGMeetingEvent }));

export const caseEventsOf = <Type extends CaseEvent['type']>(events: ReadonlyArray<StoredHubEvent>, type: Type): Array<Extract<CaseEvent, { type: Type }>> =>
  events.map((stored) => stored.event).filter((event): event is Extract<CaseEvent, { type: Type }> => event.type === type);
