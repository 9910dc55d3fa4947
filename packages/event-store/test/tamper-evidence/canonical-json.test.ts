import { createHash } from 'node:crypto';
import { canonicalJson, eventHash, writeJson, type HashedEvent } from '@send-hub/event-store';
import * as fc from 'fast-check';

/** The text the general writer gives, sorted: what canonical JSON was before plain data had a writer of its own. */
const generalWriterText = (value: unknown): string | 'refused' => {
  try {
    return writeJson(value, { sortKeys: true, bigint: () => { throw new TypeError('bigint'); } }) ?? 'refused';
  } catch {
    return 'refused';
  }
};

const canonicalOrRefused = (value: unknown): string | 'refused' => {
  try {
    return canonicalJson(value);
  } catch {
    return 'refused';
  }
};

/** Values of every kind JSON meets: boxed values, dates, maps, null prototypes, sparse arrays, bigints, unicode. */
const anyValue = fc.anything({
  maxDepth: 6,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  withUnicodeString: true,
});

/** Event data as an encoder makes it: records in any key order, a few levels deep, with encrypted-field-like strings. */
const eventData = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string({ unit: 'grapheme' }),
    fc.base64String(),
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.string({ unit: 'grapheme', maxLength: 12 }), tie('value'), { maxKeys: 6 }),
  ),
})).value;

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

  it('gives the general writer’s text byte for byte for any value, and refuses what it refuses', () => {
    fc.assert(
      fc.property(anyValue, (value) => {
        expect(canonicalOrRefused(value)).toBe(generalWriterText(value));
      }),
      { numRuns: 3000 },
    );
  });

  it('orders the keys of small and large objects as the general writer does, integer-like and unicode keys among them', () => {
    // Up to 32 keys are sorted in place, more by Array.prototype.sort: lists on both sides of that bound.
    const key = fc.oneof(fc.string({ unit: 'binary', maxLength: 6 }), fc.nat({ max: 1_000 }).map(String), fc.constantFrom('a', 'B', '_', '10', '9', '\u00e9', '\ud83d\ude00'));
    fc.assert(
      fc.property(fc.dictionary(key, fc.oneof(fc.integer(), fc.string()), { minKeys: 0, maxKeys: 70 }), (record) => {
        expect(canonicalJson(record)).toBe(generalWriterText(record));
        expect(canonicalJson({ nested: [record, { record }] })).toBe(generalWriterText({ nested: [record, { record }] }));
      }),
      { numRuns: 500 },
    );
  });

  it('gives every event the hash the general writer gives it, so chains written before still verify', () => {
    const hashedEvent: fc.Arbitrary<HashedEvent> = fc.record({
      streamId: fc.string({ minLength: 1 }),
      eventId: fc.uuid(),
      type: fc.string({ minLength: 1 }),
      schemaVersion: fc.integer({ min: 1, max: 9 }),
      data: fc.dictionary(fc.string({ unit: 'grapheme', maxLength: 12 }), eventData, { maxKeys: 8 }),
      metadata: fc.record({
        recordedAt: fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
        actor: fc.record({ id: fc.string(), role: fc.string(), agency: fc.string() }, { requiredKeys: ['id', 'role'] }),
        correlationId: fc.uuid(),
        causationId: fc.uuid(),
      }),
    });
    fc.assert(
      fc.property(hashedEvent, fc.uint8Array({ minLength: 32, maxLength: 32 }).map((bytes) => Buffer.from(bytes).toString('hex')), (event, previous) => {
        // As the hash was written before: the content in its own key order, through the general writer, joined to the previous hash.
        const content = generalWriterText({
          streamId: event.streamId,
          eventId: event.eventId,
          type: event.type,
          schemaVersion: event.schemaVersion,
          data: event.data,
          recordedAt: event.metadata.recordedAt,
          actor: event.metadata.actor,
          correlationId: event.metadata.correlationId,
          causationId: event.metadata.causationId,
        });
        expect(eventHash(event, previous)).toBe(createHash('sha256').update(`${previous}:${content}`, 'utf8').digest('hex'));
      }),
      { numRuns: 3000 },
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
