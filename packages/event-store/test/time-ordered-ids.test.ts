import * as fc from 'fast-check';
import { validate as isUuid, version as uuidVersion } from 'uuid';
import { createTimeOrderedIds } from '../src';

const timeOf = (id: string): number => Number.parseInt(id.replace(/-/g, '').slice(0, 12), 16);

/** A clock that returns the given readings in turn, then keeps the last. */
const readings = (times: ReadonlyArray<number>) => {
  let index = 0;
  return () => times[Math.min(index++, times.length - 1)] ?? 0;
};

describe('time-ordered ids', () => {
  it('are version 7 UUIDs of the RFC 9562 variant, in lower case', () => {
    const next = createTimeOrderedIds();
    for (const id of Array.from({ length: 1_000 }, next)) {
      expect(isUuid(id) && uuidVersion(id)).toBe(7);
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
  });

  it('carry the time they were made', () => {
    const next = createTimeOrderedIds(() => Date.UTC(2026, 11, 2, 6, 30));
    expect(timeOf(next())).toBe(Date.UTC(2026, 11, 2, 6, 30));
  });

  it('sort, as text, in the order they were made, whatever the clock does', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2 ** 40 }), { minLength: 1, maxLength: 200 }), fc.integer({ min: 1, max: 30 }), (times, repeats) => {
        // Each reading is used several times in a row, so many ids share a millisecond; readings may also go back.
        const next = createTimeOrderedIds(readings(times.flatMap((time) => Array<number>(repeats).fill(time))));
        const ids = Array.from({ length: times.length * repeats }, next);
        expect([...ids].sort()).toEqual(ids);
        expect(new Set(ids).size).toBe(ids.length);
      }),
      { numRuns: 100 },
    );
  });

  it('move the time on a millisecond when one millisecond’s counter runs out', () => {
    const next = createTimeOrderedIds(() => 1_000);
    const ids = Array.from({ length: 5_000 }, next);
    expect(timeOf(ids[0] ?? '')).toBe(1_000);
    expect(timeOf(ids[ids.length - 1] ?? '')).toBeGreaterThan(1_000);
    expect([...ids].sort()).toEqual(ids);
  });

  it('differ between two generators in the same millisecond', () => {
    const first = createTimeOrderedIds(() => 5);
    const second = createTimeOrderedIds(() => 5);
    expect(first()).not.toBe(second());
  });
});
