import type { Decider } from '@send-hub/core';
import * as fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { decideInTurn } from './decide-in-turn';
import { deepFreeze } from './plain-data';
import { differences, showValue } from './describe-value';

/**
 * `decide` is a pure function: on a frozen state it never writes (a write throws),
 * and deciding the same command on the same state twice gives equal answers. A
 * decider that reads a clock or a random source, or keeps hidden state, fails here.
 */
export const decideIsPureLaw = <Command, Event, State, Rejection>(
  decider: Decider<Command, Event, State, Rejection>,
  commandSequences: fc.Arbitrary<ReadonlyArray<Command>>,
) =>
  fc.property(commandSequences, (commands) => {
    const { decisions } = decideInTurn(decider, commands);
    decisions.forEach(({ command, history }, index) => {
      let state = decider.initialState;
      for (const event of history) state = decider.evolve(state, event);
      deepFreeze(state);
      const first = decider.decide(command, state);
      const second = decider.decide(command, state);
      if (!isDeepStrictEqual(first, second)) {
        throw new Error(`Deciding command ${index + 1} (${showValue(command)}) twice on one state gave different answers:\n${differences(first, second).join('\n')}`);
      }
    });
  });
