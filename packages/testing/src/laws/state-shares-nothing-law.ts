import type { Decider } from '@send-hub/core';
import * as fc from 'fast-check';
import { showValue } from './describe-value';

/** Every object and array inside `value`, the value itself included. */
const objectsIn = (value: unknown, found: Set<object> = new Set()): Set<object> => {
  if (typeof value !== 'object' || value === null || found.has(value)) return found;
  found.add(value);
  for (const inner of Object.values(value)) objectsIn(inner, found);
  return found;
};

/** Where in `state` an object of `shared` sits, as `state.lastMeeting`, or undefined when none does. */
const sharedPlace = (value: unknown, shared: ReadonlySet<object>, place: string, seen: Set<object> = new Set()): string | undefined => {
  if (typeof value !== 'object' || value === null || seen.has(value)) return undefined;
  if (shared.has(value)) return place;
  seen.add(value);
  for (const [key, inner] of Object.entries(value)) {
    const found = sharedPlace(inner, shared, Array.isArray(value) ? `${place}[${key}]` : `${place}.${key}`, seen);
    if (found !== undefined) return found;
  }
  return undefined;
};

/**
 * The state `evolve` builds holds no object or array of the events folded into it:
 * only copies and primitives. A command handler may then fold the events it has just
 * written straight into its cached state (`foldWrittenEvents`), although those events
 * share objects with the caller's command, which the caller is free to change later.
 */
export const stateSharesNothingWithEventsLaw = <Command, Event, State, Rejection>(
  decider: Decider<Command, Event, State, Rejection>,
  histories: fc.Arbitrary<ReadonlyArray<Event>>,
) =>
  fc.property(histories, (history) => {
    const eventObjects = new Set<object>();
    let state = decider.initialState;
    history.forEach((event, index) => {
      objectsIn(event, eventObjects);
      state = decider.evolve(state, event);
      const place = sharedPlace(state, eventObjects, 'state');
      if (place !== undefined) {
        throw new Error(`After folding event ${index + 1} (${showValue(event)}), ${place} is an object of an event, not a copy of it.`);
      }
    });
  });
