import type { Decider } from '@send-hub/core';
import * as fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { deepFreeze, plainCopy } from './plain-data';
import { differences, showValue } from './describe-value';

/**
 * `evolve` is a pure function: on a frozen state and a frozen event it never writes
 * (a write throws), it leaves the state as it was, and folding the same event into
 * the same state twice gives equal states. A handler may keep a state and fold new
 * events into it later (a state cache), which is sound only if evolve never changes
 * the state it is given.
 */
export const evolveIsPureLaw = <Command, Event, State, Rejection>(
  decider: Decider<Command, Event, State, Rejection>,
  histories: fc.Arbitrary<ReadonlyArray<Event>>,
) =>
  fc.property(histories, (history) => {
    let state = deepFreeze(plainCopy(decider.initialState));
    history.forEach((event, index) => {
      const before = plainCopy(state);
      const frozenEvent = deepFreeze(plainCopy(event));
      const next = decider.evolve(state, frozenEvent);
      if (!isDeepStrictEqual(state, before)) {
        throw new Error(`evolve changed the state it was given, folding event ${index + 1} (${showValue(event)}):\n${differences(before, state).join('\n')}`);
      }
      const again = decider.evolve(state, frozenEvent);
      if (!isDeepStrictEqual(next, again)) {
        throw new Error(`Folding event ${index + 1} (${showValue(event)}) twice into one state gave different states:\n${differences(next, again).join('\n')}`);
      }
      state = deepFreeze(next);
    });
  });
