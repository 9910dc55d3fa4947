import { canonicalJson } from '@send-hub/event-store';
import * as fc from 'fast-check';

describe('canonical JSON', () => {
  it('sorts keys at every depth and leaves out what JSON leaves out', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, undefined, () => 1], c: 'x' }, e: undefined })).toBe('{"a":{"c":"x","d":[3,null,null]},"b":1}');
    expect(canonicalJson({ when: new Date('2025-01-02T03:04:05.000Z') })).toBe('{"when":"2025-01-02T03:04:05.000Z"}');
  });

  it('is the same for a value and for that value stored as JSON and read back, whatever the key order', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const stored = JSON.parse(JSON.stringify(value)) as unknown;
        expect(canonicalJson(stored)).toBe(canonicalJson(value));
        expect(JSON.parse(canonicalJson(value))).toEqual(stored);
      }),
      { numRuns: 200 },
    );
  });

  it('writes every string and key as JSON does: quotes, backslashes, control characters and lone surrogates escaped', () => {
    const awkward = ['plain', '', 'say "hello"', 'back\\slash', 'tab\tnew\nline\u0000', '\ud800 alone', 'pair \ud83d\ude00', 'line\u2028separator', '\u007f'];
    for (const text of awkward) expect(canonicalJson({ [text]: text })).toBe(JSON.stringify({ [text]: text }));
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary-ascii' }), (text, ascii) => {
        expect(canonicalJson({ [text]: [text, ascii] })).toBe(JSON.stringify({ [text]: [text, ascii] }));
      }),
      { numRuns: 500 },
    );
  });

  it('refuses what has no JSON form, naming where it is', () => {
    expect(() => canonicalJson({ data: { revision: 3n } })).toThrow('data.revision is a bigint');
    expect(() => canonicalJson({ items: [1, { count: 2n }] })).toThrow('items[1].count is a bigint');
    expect(() => canonicalJson(4n)).toThrow('the value is a bigint');
    expect(() => canonicalJson(undefined)).toThrow('The value has no JSON form');
  });

  it('writes a value nested 100,000 deep without exhausting the stack, as JSON.stringify would were it able', () => {
    let deep: unknown = { leaf: 1 };
    for (let level = 0; level < 100_000; level += 1) deep = level % 2 === 0 ? [deep] : { z: deep, a: 0 };
    const text = canonicalJson({ data: deep });
    expect(text.startsWith('{"data":{"a":0,"z":[{"a":0,"z":[')).toBe(true);
    expect(text.length).toBe('{"data":}'.length + 50_000 * '[]'.length + 50_000 * '{"a":0,"z":}'.length + '{"leaf":1}'.length);
  });

  it('refuses a cycle, and writes an object shared by two fields in both', () => {
    const cycle: Record<string, unknown> = {};
    cycle['self'] = [cycle];
    expect(() => canonicalJson({ cycle })).toThrow('cycle');
    const shared = { b: 2 };
    expect(canonicalJson({ x: shared, y: [shared, shared] })).toBe('{"x":{"b":2},"y":[{"b":2},{"b":2}]}');
  });
});
