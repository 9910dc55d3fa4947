import { CaseCommand, CaseEvent, caseDecider, caseStreamId, type CaseRejection, type CaseState } from '@send-hub/core';
import { createCommandHandler, createStateCache, createUpcasterRegistry, type Actor, type CommandHandler, type EventStore } from '@send-hub/event-store';
import { hubEventSchemaVersions } from '@send-hub/hub';

export const benchmarkOfficer: Actor = { id: 'officer-7', role: 'hub coordinator', agency: 'education' };

const upcasters = (() => {
  const registry = createUpcasterRegistry({ currentVersions: hubEventSchemaVersions });
  if (registry._tag === 'Left') throw new Error(registry.left.message);
  return registry.right;
})();

/**
 * The hub's case command handler as production wires it: the real decider and
 * codecs, the hub's schema versions, the wall clock and the default (version 7
 * UUID) event ids, so the figures include everything a recorded command costs.
 * With `cached`, a state cache as the hub's handlers have by default.
 */
export const caseCommandHandler = (store: EventStore, { cached = false } = {}): CommandHandler<CaseEvent, CaseRejection> =>
  createCommandHandler({
    store,
    decider: caseDecider,
    commandCodec: CaseCommand,
    eventCodec: CaseEvent,
    streamIdFor: (command: CaseCommand) => caseStreamId(command.caseId),
    upcasters,
    clock: () => new Date(),
    ...(cached ? { cache: createStateCache<CaseState>() } : {}),
  });

/**
 * Records every command, in order, and returns how many events were written. A
 * refusal stops the run: the commands are valid, so a refusal is a bug and a
 * benchmark of refusals would measure the wrong thing.
 */
export const recordEvery = async (handle: CommandHandler<CaseEvent, CaseRejection>, commands: ReadonlyArray<unknown>): Promise<number> => {
  let written = 0;
  for (const command of commands) {
    const result = await handle(command, { actor: benchmarkOfficer });
    if (result._tag === 'Left') throw new Error(`The hub refused a valid command: ${result.left.message}`);
    written += result.right.written.length;
  }
  return written;
};
