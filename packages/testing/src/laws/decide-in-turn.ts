import { fold, type Decider } from '@send-hub/core';
import type { Either } from 'fp-ts/Either';

/** One command and what the decider made of it, with the history it was decided on. */
export interface Decision<Command, Event, Rejection> {
  readonly command: Command;
  readonly history: ReadonlyArray<Event>;
  readonly result: Either<Rejection, ReadonlyArray<Event>>;
}

export interface DecidedInTurn<Command, Event, Rejection> {
  /** The given history followed by every event the decider accepted, in order. */
  readonly events: ReadonlyArray<Event>;
  readonly decisions: ReadonlyArray<Decision<Command, Event, Rejection>>;
}

/**
 * Decides each command on the state folded from everything accepted before it, as a
 * command handler would with no other writers: refused commands change nothing.
 */
export const decideInTurn = <Command, Event, State, Rejection>(
  decider: Decider<Command, Event, State, Rejection>,
  commands: Iterable<Command>,
  history: ReadonlyArray<Event> = [],
): DecidedInTurn<Command, Event, Rejection> => {
  const events = [...history];
  const decisions: Array<Decision<Command, Event, Rejection>> = [];
  let state = fold(decider.evolve, decider.initialState, events);
  for (const command of commands) {
    const before = [...events];
    const result = decider.decide(command, state);
    decisions.push({ command, history: before, result });
    if (result._tag === 'Right') {
      for (const event of result.right) {
        events.push(event);
        state = decider.evolve(state, event);
      }
    }
  }
  return { events, decisions };
};
