import type { CaseEvent } from '@send-hub/core';
import { validCaseHistory } from '@send-hub/testing';
import * as fc from 'fast-check';

/**
 * Case histories from the journeys @send-hub/testing exports (consent breaks, split
 * agreements, several review cycles), with child references drawn from a small pool
 * so that some children are referred more than once.
 */
export const journeyCaseEvents = (districts: ReadonlyArray<string>, maxCases: number): fc.Arbitrary<CaseEvent[]> =>
  fc
    .array(
      fc.tuple(
        fc.constantFrom(...districts).chain((district) => validCaseHistory({ district })),
        fc.nat(5),
      ),
      { minLength: 1, maxLength: maxCases },
    )
    .map((journeys) =>
      journeys.flatMap(([events, child]) =>
        events.map((event): CaseEvent => (event.type === 'Referred' ? { ...event, referral: { ...event.referral, childReference: `child-${child}` } } : event)),
      ),
    );
