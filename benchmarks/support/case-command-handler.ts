import { createHubCommandHandlers } from '@send-hub/application';
import { staffordshireConfiguration, type CaseEvent, type CaseRejection } from '@send-hub/core';
import type { Actor, CommandHandler, EventStore } from '@send-hub/event-store';

export const benchmarkOfficer: Actor = { id: 'officer-7', role: 'hub coordinator', agency: 'education' };

/**
 * The hub's case command handler exactly as the application wires it: the real
 * decider and codecs, the hub's schema versions, the wall clock and the default
 * (version 7 UUID) event ids, so the figures include everything a recorded command
 * costs. With `cached`, the state cache the hub's handlers have by default.
 */
export const caseCommandHandler = (store: EventStore, { cached = false } = {}): CommandHandler<CaseEvent, CaseRejection> =>
  createHubCommandHandlers({ store, configuration: staffordshireConfiguration, clock: () => new Date(), cacheStates: cached }).recordCase;

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
