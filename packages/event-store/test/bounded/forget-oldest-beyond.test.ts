import * as fc from 'fast-check';
import { forgetOldestBeyond } from '../../src';

/** What a program does to a bounded map: set a key (new, or moved to the end) and keep to the limit, delete any key, clear. */
const step = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('set' as const), key: fc.integer({ min: 0, max: 30 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), key: fc.integer({ min: 0, max: 30 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('clear' as const) }) },
);

describe('forgetOldestBeyond', () => {
  it('keeps the keys set most recently, up to the limit, whatever was set, moved, deleted or cleared before', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 12 }), fc.array(step, { maxLength: 400 }), (limit, steps) => {
        const map = new Map<number, number>();
        const forgetBeyondLimit = forgetOldestBeyond(map, limit);
        // The model: keys in the order they were last set, the oldest dropped past the limit.
        let order: number[] = [];
        for (const [index, action] of steps.entries()) {
          if (action.kind === 'set') {
            // Moved to the end, as a cache moves a key it has just used.
            map.delete(action.key);
            map.set(action.key, index);
            forgetBeyondLimit();
            order = [...order.filter((key) => key !== action.key), action.key];
            order = order.slice(Math.max(0, order.length - limit));
          } else if (action.kind === 'delete') {
            map.delete(action.key);
            order = order.filter((key) => key !== action.key);
          } else {
            map.clear();
            order = [];
          }
          expect([...map.keys()]).toEqual(order);
        }
      }),
      { numRuns: 2_000 },
    );
  });

  it('serves a Set as well as a Map', () => {
    const set = new Set(['a', 'b', 'c']);
    const forgetBeyondTwo = forgetOldestBeyond(set, 2);
    set.delete('a');
    set.add('a');
    set.add('d');
    forgetBeyondTwo();
    expect([...set]).toEqual(['a', 'd']);
  });
});
