import { CaseCommand, CaseEvent, caseDecider, caseStreamId, MeetingCommand, meetingDecider, MeetingEvent, meetingStreamId } from '@send-hub/core';
import { caseEventUpcasters, createCommandHandler, createUpcasterRegistry, type Actor, type EventStore } from '@send-hub/event-store';
import { hubEventSchemaVersions } from '@send-hub/hub';
import { either as E } from 'fp-ts';

export const officer: Actor = { id: 'officer-7', role: 'hub coordinator', agency: 'education' };

/** A clock the test sets: each recording happens exactly when the test says. */
export class TestClock {
  private current = new Date('2025-01-01T09:00:00.000Z');
  set(instant: string): void {
    this.current = new Date(instant);
  }
  readonly now = (): Date => this.current;
}

/** Reproducible event ids: lower-case UUIDs from a counter. */
export const sequentialIds = (kind = 'e'): (() => string) => {
  let next = 0;
  const prefix = kind.charCodeAt(0).toString(16).padStart(8, '0');
  return () => `${prefix}-0000-4000-8000-${(next += 1).toString(16).padStart(12, '0')}`;
};

const upcasters = (() => {
  const registry = createUpcasterRegistry({ currentVersions: hubEventSchemaVersions, upcasters: caseEventUpcasters });
  if (E.isLeft(registry)) throw new Error(registry.left.message);
  return registry.right;
})();

/** The real command handlers of the hub, writing through `store` (the readable, chained store). */
export const hubWriter = (store: EventStore, clock: TestClock, newEventId: () => string = sequentialIds()) => {
  const shared = { store, upcasters, clock: clock.now, newEventId };
  const cases = createCommandHandler({ ...shared, decider: caseDecider, commandCodec: CaseCommand, eventCodec: CaseEvent, streamIdFor: (command: CaseCommand) => caseStreamId(command.caseId) });
  const meetings = createCommandHandler({
    ...shared,
    decider: meetingDecider,
    commandCodec: MeetingCommand,
    eventCodec: MeetingEvent,
    streamIdFor: (command: MeetingCommand) => meetingStreamId(command.meeting),
  });
  return {
    /** Records a case command; the test fails loudly if the hub refuses it. */
    async case(command: CaseCommand, recordedAt: string, actor: Actor = officer): Promise<ReadonlyArray<CaseEvent>> {
      clock.set(recordedAt);
      const result = await cases(command, { actor });
      if (E.isLeft(result)) throw new Error(`The hub refused ${command.type}: ${result.left.message}`);
      return result.right.events;
    },
    async meeting(command: MeetingCommand, recordedAt: string, actor: Actor = officer): Promise<void> {
      clock.set(recordedAt);
      const result = await meetings(command, { actor });
      if (E.isLeft(result)) throw new Error(`The hub refused ${command.type}: ${result.left.message}`);
    },
  };
};

export type HubWriter = ReturnType<typeof hubWriter>;
