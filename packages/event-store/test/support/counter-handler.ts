import type { Actor, CommandHandlerOptions, EventStore, NewEvent } from '../../src';
import { createCommandHandler, InMemoryEventStore } from '../../src';
import { CounterCommand, CounterEvent, counterDecider, counterUpcasters, streamIdFor, type CeilingReached, type CounterState } from './counter';

export const actor: Actor = { id: 'officer-7', role: 'coordinator', agency: 'education' };

export const fixedClock = (): Date => new Date('2026-01-15T10:30:00.000Z');

/** Ids `id-1`, `id-2`... in the order asked for, so tests can say which id went where. */
export const sequentialIds = (): (() => string) => {
  let count = 0;
  return () => {
    count += 1;
    return `id-${count}`;
  };
};

type CounterOptions = CommandHandlerOptions<CounterCommand, CounterEvent, CounterState, CeilingReached>;

export const counterHandler = (store: EventStore, overrides: Partial<CounterOptions> = {}) =>
  createCommandHandler({
    store,
    decider: counterDecider,
    commandCodec: CounterCommand,
    eventCodec: CounterEvent,
    streamIdFor,
    upcasters: counterUpcasters(),
    clock: fixedClock,
    newEventId: sequentialIds(),
    ...overrides,
  });

export const increment = (counterId: string, amount: number): unknown => ({ type: 'Increment', counterId, step: { amount } });

/** A stored event written by hand, as an older program or a broken one might have. */
export const storedEvent = (type: string, schemaVersion: number, data: unknown): NewEvent => ({
  eventId: `stored-${type}-${schemaVersion}`,
  type,
  schemaVersion,
  data,
  metadata: { recordedAt: '2025-01-01T00:00:00.000Z', actor, correlationId: 'earlier', causationId: 'earlier' },
});

export const newStore = (): InMemoryEventStore => new InMemoryEventStore();
