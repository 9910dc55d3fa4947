import type { Decider } from '@send-hub/core';
import * as fc from 'fast-check';
import { showValue } from './describe-value';

export interface EvolveIsTotalOptions<Event> {
  /** Histories that reach interesting states (valid journeys); the random events are mixed into them. Empty by default. */
  readonly histories?: fc.Arbitrary<ReadonlyArray<Event>>;
  /** At most this many random events per run (10 by default). */
  readonly maxRandomEvents?: number;
}

/**
 * `evolve` is total: folding any decodable events, in any order and on any state a
 * history reaches, never throws and always returns a state. Readers meet foreign or
 * tampered histories; they must be able to report them, not crash on them.
 */
export const evolveIsTotalLaw = <Command, Event, State, Rejection>(
  decider: Decider<Command, Event, State, Rejection>,
  events: fc.Arbitrary<Event>,
  options: EvolveIsTotalOptions<Event> = {},
) =>
  fc.property(
    options.histories ?? fc.constant<ReadonlyArray<Event>>([]),
    fc.array(fc.tuple(fc.nat(), events), { maxLength: options.maxRandomEvents ?? 10 }),
    (history, randomEvents) => {
      const mixed = [...history];
      for (const [position, event] of randomEvents) mixed.splice(position % (mixed.length + 1), 0, event);
      let state = decider.initialState;
      mixed.forEach((event, index) => {
        try {
          state = decider.evolve(state, event);
        } catch (error) {
          throw new Error(`evolve threw on event ${index + 1} of ${mixed.length} (${showValue(event)}) applied to the state ${showValue(state)}: ${String(error)}`);
        }
        if (state === undefined || state === null) throw new Error(`evolve returned ${String(state)} for event ${index + 1} (${showValue(event)}).`);
      });
    },
  );
