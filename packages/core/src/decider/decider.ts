import type { Either } from 'fp-ts/Either';

/**
 * A pure decision model: given the state folded from past events, a command is
 * either refused with a rejection or turned into new events. No I/O, no clock, no
 * randomness: everything a decision needs arrives in the command or the state.
 */
export interface Decider<Command, Event, State, Rejection> {
  readonly decide: (command: Command, state: State) => Either<Rejection, ReadonlyArray<Event>>;
  readonly evolve: (state: State, event: Event) => State;
  readonly initialState: State;
}

/** Folds a history into the state it leads to. */
export const fold = <Event, State>(
  evolve: (state: State, event: Event) => State,
  initialState: State,
  events: Iterable<Event>,
): State => {
  let state = initialState;
  for (const event of events) state = evolve(state, event);
  return state;
};
