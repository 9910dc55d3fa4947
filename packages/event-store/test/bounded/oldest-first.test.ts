import * as fc from 'fast-check';
import { oldestFirst } from '../../src';

/** What a program does to a map and its kept iterator: set a key (new, or moved to the end), delete any key, forget the oldest, clear. */
const step = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('set' as const), key: fc.integer({ min: 0, max: 30 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), key: fc.integer({ min: 0, max: 30 }) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('forget' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('clear' as const) }) },
);

describe('oldestFirst', () => {
  it('gives the key set longest ago of those still held, whatever was set, moved, deleted or cleared before', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 400 }), (steps) => {
        const map = new Map<number, number>();
        const oldest = oldestFirst(map);
        // The model: keys in the order they were last set.
        let order: number[] = [];
        for (const [index, action] of steps.entries()) {
          if (action.kind === 'set') {
            // Moved to the end, as a cache moves a key it has just used.
            map.delete(action.key);
            map.set(action.key, index);
            order = [...order.filter((key) => key !== action.key), action.key];
          } else if (action.kind === 'delete') {
            map.delete(action.key);
            order = order.filter((key) => key !== action.key);
          } else if (action.kind === 'clear') {
            map.clear();
            order = [];
          } else {
            const key = oldest();
            expect(key).toBe(order[0]);
            if (key !== undefined) map.delete(key);
            order = order.slice(1);
          }
        }
        expect([...map.keys()]).toEqual(order);
      }),
      { numRuns: 2_000 },
    );
  });

  it('serves a Set as well as a Map', () => {
    const set = new Set(['a', 'b', 'c']);
    const oldest = oldestFirst(set);
    set.delete('a');
    set.add('a');
    expect(oldest()).toBe('b');
    set.delete('b');
    expect(oldest()).toBe('c');
    set.delete('c');
    expect(oldest()).toBe('a');
    set.delete('a');
    expect(oldest()).toBeUndefined();
    set.add('d');
    expect(oldest()).toBe('d');
  });
});
