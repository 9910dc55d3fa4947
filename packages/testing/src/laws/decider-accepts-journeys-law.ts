import type { Decider } from '@send-hub/core';
import * as fc from 'fast-check';
import { decideInTurn } from './decide-in-turn';
import { showValue } from './describe-value';

/**
 * Every valid journey is accepted in full, command after command: the decider is not
 * stricter than the process it models (for cases: pass `validCaseJourney()` built
 * with the same configuration as the decider).
 */
export const deciderAcceptsJourneysLaw = <Command, Event, State, Rejection>(
  decider: Decider<Command, Event, State, Rejection>,
  journeys: fc.Arbitrary<ReadonlyArray<Command>>,
) =>
  fc.property(journeys, (journey) => {
    const { decisions } = decideInTurn(decider, journey);
    decisions.forEach(({ command, result }, index) => {
      if (result._tag === 'Left') {
        throw new Error(`Step ${index + 1} of ${journey.length} of a valid journey was refused: ${showValue(result.left)}\nCommand: ${showValue(command)}`);
      }
    });
  });
