import { CaseCommand, CaseEvent, caseDecider, caseEventSchemaVersions, caseStreamId, type CaseId } from '@send-hub/core';
import { caseEventUpcasters, createCommandHandler, createStateCache, createUpcasterRegistry, type Actor, type EventStore, type StateCache } from '@send-hub/event-store';
import type { CaseState } from '@send-hub/core';
import { either as E } from 'fp-ts';
import type * as fc from 'fast-check';

export const officer: Actor = { id: 'officer-12', role: 'effective practice development officer', agency: 'education' };

const upcasters = (() => {
  const registry = createUpcasterRegistry({ currentVersions: caseEventSchemaVersions, upcasters: caseEventUpcasters });
  if (E.isLeft(registry)) throw new Error(registry.left.message);
  return registry.right;
})();

/** Event ids from a counter, distinct per handler, so a test can tell which handler wrote what. */
const sequentialIds = (handler: number): (() => string) => {
  let next = 0;
  return () => `${handler.toString(16).padStart(8, '0')}-0000-4000-8000-${(next += 1).toString(16).padStart(12, '0')}`;
};

/** How a test's handlers keep state: not at all, a cache each, or one cache shared by every handler (one process, concurrent requests). */
export type Caching = 'no cache' | 'a cache each' | 'one shared cache';
export const cachings: ReadonlyArray<Caching> = ['no cache', 'a cache each', 'one shared cache'];

/** A function giving each new handler its cache under `caching`. */
export const cachesFor = (caching: Caching): (() => StateCache<CaseState> | undefined) => {
  const shared = createStateCache<CaseState>();
  return () => (caching === 'no cache' ? undefined : caching === 'one shared cache' ? shared : createStateCache<CaseState>());
};

/** The real command handler of case commands over `store`, with a fixed clock. */
export const caseHandler = (store: EventStore, handler = 1, maxRetries = 3, cache?: StateCache<CaseState>) =>
  createCommandHandler({
    store,
    decider: caseDecider,
    commandCodec: CaseCommand,
    eventCodec: CaseEvent,
    streamIdFor: (command: CaseCommand) => caseStreamId(command.caseId),
    upcasters,
    clock: () => new Date('2026-01-05T09:30:00.000Z'),
    newEventId: sequentialIds(handler),
    maxRetries,
    ...(cache === undefined ? {} : { cache }),
  });

/** The case's events as stored, decoded (schema version 1 throughout). */
export const storedCaseEvents = async (store: EventStore, caseId: CaseId): Promise<{ events: CaseEvent[]; revisions: bigint[]; eventIds: string[] }> => {
  const recorded = await store.readStream(caseStreamId(caseId));
  const events = recorded.map((event) => {
    const decoded = CaseEvent.decode(event.data);
    if (E.isLeft(decoded)) throw new Error(`The stored event at revision ${event.revision} of case ${caseId} does not decode.`);
    return decoded.right;
  });
  return { events, revisions: recorded.map((event) => event.revision), eventIds: recorded.map((event) => event.eventId) };
};

/**
 * The store with every read and append handed to fast-check's scheduler, which
 * resolves them in an order of its choosing: each run tries another interleaving of
 * the racing handlers, and a failure can be replayed from its seed.
 */
export const scheduledStore = (inner: EventStore, scheduler: fc.Scheduler): EventStore => ({
  append: scheduler.scheduleFunction((streamId: string, events: Parameters<EventStore['append']>[1], expected: Parameters<EventStore['append']>[2]) =>
    inner.append(streamId, events, expected),
  ),
  readStream: scheduler.scheduleFunction((streamId: string, options?: Parameters<EventStore['readStream']>[1]) => inner.readStream(streamId, options)),
  readAll: (options) => inner.readAll(options),
  subscribeToAll: (options) => inner.subscribeToAll(options),
  headPosition: () => inner.headPosition(),
  dispose: () => inner.dispose(),
});
