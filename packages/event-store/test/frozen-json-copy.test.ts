import * as fc from 'fast-check';
import { frozenJsonCopy } from '../src/in-memory/frozen-json-copy';

const deepFrozen = (value: unknown): boolean => typeof value !== 'object' || value === null || (Object.isFrozen(value) && Object.values(value).every(deepFrozen));

describe('the frozen copy the in-memory store keeps', () => {
  it('reads -0 back as 0, as JSON and the durable stores do', () => {
    const copied = frozenJsonCopy({ balance: -0, list: [-0] });
    expect(copied.ok && Object.is((copied.copy as { balance: number }).balance, 0)).toBe(true);
    expect(copied.ok && Object.is((copied.copy as { list: number[] }).list[0], 0)).toBe(true);
  });

  it('is what JSON would give back, frozen all the way down, and shares nothing with the original', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = frozenJsonCopy(value);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.copy).toEqual(JSON.parse(JSON.stringify(value)));
        expect(deepFrozen(result.copy)).toBe(true);
        if (typeof value === 'object' && value !== null) expect(result.copy).not.toBe(value);
      }),
      { numRuns: 500 },
    );
  });

  it('names where JSON would fail, and keeps "__proto__" as data', () => {
    expect(frozenJsonCopy({ a: [1, { when: new Date(0) }] })).toEqual({ ok: false, fault: { path: ['a', 1, 'when'], what: 'is a Date, which JSON would turn into something else' } });
    expect(frozenJsonCopy({ count: 1n })).toMatchObject({ ok: false, fault: { path: ['count'] } });
    const copy = frozenJsonCopy(JSON.parse('{"__proto__": {"x": 1}}'));
    expect(copy.ok && Object.getPrototypeOf(copy.copy)).toBe(Object.prototype);
    expect(copy.ok && Object.keys(copy.copy as object)).toEqual(['__proto__']);
  });

  it('copies own properties only, as JSON does, even when a prototype has been given enumerable ones', () => {
    Object.defineProperty(Object.prototype, 'planted', { value: 'not data', enumerable: true, configurable: true, writable: true });
    try {
      const copy = frozenJsonCopy({ kept: 1, nested: { also: 2 } });
      expect(copy.ok && JSON.stringify(copy.copy)).toBe(JSON.stringify({ kept: 1, nested: { also: 2 } }));
      expect(copy.ok && Object.keys(copy.copy as object)).toEqual(['kept', 'nested']);
    } finally {
      delete (Object.prototype as { planted?: unknown }).planted;
    }
  });

  it('finds a cycle however long it is and wherever it starts, naming the way into it', () => {
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(frozenJsonCopy({ loop })).toEqual({ ok: false, fault: { path: ['loop', 'self'], what: 'refers back to itself (a cycle), which JSON cannot hold' } });
    // A cycle of 200 objects, entered 100 levels down: longer than the depth at which cycles are looked for, and starting below it.
    const ring: Array<{ next?: unknown }> = Array.from({ length: 200 }, () => ({}));
    ring.forEach((link, index) => (link.next = ring[(index + 1) % ring.length]));
    let entry: unknown = ring[0];
    for (let level = 0; level < 100; level += 1) entry = [entry];
    const result = frozenJsonCopy(entry);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fault.what).toBe('refers back to itself (a cycle), which JSON cannot hold');
    // The way in, then once round: the first object met again.
    expect(result.fault.path).toEqual([...Array.from({ length: 100 }, () => 0), ...Array.from({ length: 200 }, () => 'next')]);
  });

  it('copies deep values that have no cycle, and the same object met twice side by side', () => {
    let deep: unknown = { leaf: true };
    for (let level = 0; level < 1_000; level += 1) deep = { level, inner: deep };
    const copied = frozenJsonCopy(deep);
    expect(copied.ok && copied.copy).toEqual(deep);
    const shared = { twice: 1 };
    let sharedDeep: unknown = [shared, shared];
    for (let level = 0; level < 100; level += 1) sharedDeep = [sharedDeep];
    const copiedShared = frozenJsonCopy(sharedDeep);
    expect(copiedShared.ok && copiedShared.copy).toEqual(sharedDeep);
  });
});
