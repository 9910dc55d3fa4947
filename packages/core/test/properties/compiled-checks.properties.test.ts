import { CaseCommand, commandLimits, LMGMeetingCommand, MeetingCommand, plainCopyWithinLimits } from '@send-hub/core';
import { caseCommand, lmgMeetingCommand, meetingCommand, referCommand } from '@send-hub/testing';
import * as fc from 'fast-check';
import * as t from 'io-ts';
import { damaged, widened } from '../support/damaged-values';
import { messageUnions } from '../support/message-unions';
import { compiledCheckOf, compiledCopyingCheckOf, notPassed } from '../../src/validation/compiled-checks';
import { exact, exactType } from '../../src/validation/exact-object';
import { checkedString } from '../../src/values/patterned-string';
import { listOf } from '../../src/values/list-of';

const numRuns = 300;

const anything = fc.anything({ withSparseArray: true, withNullPrototype: true, withBigInt: true, withDate: true, withMap: true });


describe.each(messageUnions)('the compiled check of %s', (_name, codec, valid) => {
  const check = compiledCheckOf(codec);

  it('is built for the hub’s codecs', () => expect(check).toBeDefined());

  it('passes every valid value, answering with the value itself', () =>
    fc.assert(
      fc.property(valid, (input) => {
        expect(check?.(input)).toBe(input);
      }),
      { numRuns },
    ));

  it('passes only what io-ts accepts, whatever it is given', () =>
    fc.assert(
      fc.property(fc.oneof(damaged(valid), widened(valid), anything), (input) => {
        if (check?.(input) !== notPassed) expect(codec.decode(input)).toEqual(t.success(input));
      }),
      { numRuns },
    ));
});

const copyingUnions = [
  ['case commands', CaseCommand.type, caseCommand()],
  ['meeting commands', MeetingCommand.type, meetingCommand()],
  ['group meeting commands', LMGMeetingCommand.type, lmgMeetingCommand()],
] as const;

/** What the long way gives: the bounded copy, then io-ts on it. */
const longWay = (codec: t.Mixed, input: unknown): t.Validation<unknown> => {
  const copied = plainCopyWithinLimits(input, commandLimits);
  return copied._tag === 'Left' ? t.failure(input, []) : codec.decode(copied.right);
};

/** Field names and values all the way down, each object's fields sorted: a copy has the long way's fields, in the codec's order rather than the input's. */
const shapeOf = (value: unknown): unknown =>
  typeof value !== 'object' || value === null
    ? value
    : Array.isArray(value)
      ? value.map(shapeOf)
      : Object.entries(value)
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
          .map(([key, item]) => [key, shapeOf(item)]);

const sharesAnObjectWith = (copy: unknown, original: unknown): boolean => {
  const originals = new Set<unknown>();
  const gather = (value: unknown) => {
    if (typeof value !== 'object' || value === null) return;
    originals.add(value);
    Object.values(value).forEach(gather);
  };
  gather(original);
  const found = (value: unknown): boolean => typeof value === 'object' && value !== null && (originals.has(value) || Object.values(value).some(found));
  return found(copy);
};

describe.each(copyingUnions)('the compiled copying check of %s', (_name, codec, valid) => {
  const check = compiledCopyingCheckOf(codec, commandLimits);

  it('is built for the hub’s command codecs', () => expect(check).toBeDefined());

  it('passes every valid command, answering with the copy the long way makes: the same fields, sharing no object with the input', () =>
    fc.assert(
      fc.property(valid, (input) => {
        const copy = check?.(input);
        const expected = longWay(codec, input);
        expect(expected._tag).toBe('Right');
        if (expected._tag === 'Right') expect(shapeOf(copy)).toEqual(shapeOf(expected.right));
        expect(sharesAnObjectWith(copy, input)).toBe(false);
      }),
      { numRuns },
    ));

  it('passes only what the long way accepts, with the same copy', () =>
    fc.assert(
      fc.property(fc.oneof(damaged(valid), widened(valid), anything), (input) => {
        const copy = check?.(input);
        if (copy === notPassed) return;
        const expected = longWay(codec, input);
        expect(expected._tag).toBe('Right');
        if (expected._tag === 'Right') expect(shapeOf(copy)).toEqual(shapeOf(expected.right));
      }),
      { numRuns },
    ));
});

describe('what the compiled copying check leaves to the long way', () => {
  const check = compiledCopyingCheckOf(CaseCommand.type, commandLimits);
  const refer = fc.sample(referCommand(), { numRuns: 1, seed: 7 })[0] as Record<string, unknown>;

  it('reads each field once, but the tag, which chooses the member and is read again as its field', () => {
    const reads = new Map<string, number>();
    const watched: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(refer)) {
      Object.defineProperty(watched, name, {
        enumerable: true,
        get: () => {
          reads.set(name, (reads.get(name) ?? 0) + 1);
          return value;
        },
      });
    }
    expect(check?.(watched)).not.toBe(notPassed);
    expect(Object.fromEntries(reads)).toEqual(Object.fromEntries(Object.keys(refer).map((name) => [name, name === 'type' ? 2 : 1])));
  });

  it('copies fields in the codec’s order, required first, whatever order the input gave them in', () => {
    const reversed = Object.fromEntries(Object.entries({ ...refer, views: [{ whose: 'family', how: 'written', views: 'We would like more help at home.' }] }).reverse());
    const copy = check?.(reversed) as Record<string, unknown>;
    expect(Object.keys(copy)).toEqual(['type', 'caseId', 'occurredOn', 'referral', 'consent', 'views']);
    expect(copy).toEqual(reversed);
  });

  it('refuses a tag that answers differently the second time it is read, and the long way decodes one reading', () => {
    let reads = 0;
    const changing = { ...refer };
    // Read first as a closure, then as the referral it is.
    Object.defineProperty(changing, 'type', { enumerable: true, get: () => (reads++ === 0 ? 'Close' : 'Refer') });
    expect(check?.(changing)).toBe(notPassed);
    reads = 0;
    const decoded = CaseCommand.decode(changing);
    expect(reads).toBe(3);
    expect(decoded._tag === 'Right' && decoded.right.type).toBe('Refer');
  });

  it('refuses input that throws when read, which the long way then refuses in words', () => {
    const throwing = new Proxy(refer, {
      get: () => {
        throw new Error('no');
      },
    });
    expect(check?.(throwing)).toBe(notPassed);
    const decoded = CaseCommand.decode(throwing);
    expect(decoded._tag).toBe('Left');
  });

  it('refuses input past the size limit by its rough count, which the long way then counts exactly', () => {
    // Five views of 1,999 characters: about 10,000 bytes as JSON, but 60,000 by the rough count.
    const heard = { ...refer, views: Array.from({ length: 5 }, () => ({ whose: 'family', how: 'in-person', views: 'b'.repeat(1_999) })) };
    const limits = { maxBytes: 14_000, maxDepth: 32 };
    expect(compiledCopyingCheckOf(CaseCommand.type, limits)?.(heard)).toBe(notPassed);
    const exactly = plainCopyWithinLimits(heard, limits);
    expect(exactly._tag).toBe('Right');
    if (exactly._tag === 'Right') expect(CaseCommand.type.decode(exactly.right)._tag).toBe('Right');
  });

  it('refuses objects deeper than the depth limit', () => {
    const shallow = compiledCopyingCheckOf(CaseCommand.type, { maxBytes: 65_536, maxDepth: 2 });
    expect(shallow?.(refer)).toBe(notPassed);
    expect(compiledCopyingCheckOf(CaseCommand.type, { maxBytes: 65_536, maxDepth: 4 })?.(refer)).not.toBe(notPassed);
  });

  it('is not built where a copy would have to take fields no codec names, or where io-ts drops them', () => {
    expect(compiledCopyingCheckOf(t.type({ name: t.string }), commandLimits)).toBeUndefined();
    expect(compiledCopyingCheckOf(t.exact(t.type({ name: t.string })), commandLimits)).toBeUndefined();
    expect(compiledCopyingCheckOf(exactType({ name: t.string }, 'a name'), commandLimits)).toBeDefined();
    // Checking without copying passes over other fields, as io-ts's `is` does.
    expect(compiledCheckOf(t.type({ name: t.string }))?.({ name: 'Ann', other: 1 })).toEqual({ name: 'Ann', other: 1 });
  });

  it('holds a required field to be there even where its codec would take nothing', () => {
    const maybe = t.type({ name: t.union([t.string, t.undefined]) });
    expect(maybe.is({})).toBe(false);
    expect(compiledCheckOf(maybe)?.({})).toBe(notPassed);
    expect(compiledCheckOf(maybe)?.({ name: 'Ann' })).toEqual({ name: 'Ann' });
  });

  it('holds a list to the length its listOf allows', () => {
    const names = exactType({ names: listOf(t.string, 'a list of names', 3) }, 'names');
    expect(compiledCopyingCheckOf(names, commandLimits)?.({ names: ['a', 'b', 'c'] })).toEqual({ names: ['a', 'b', 'c'] });
    expect(compiledCopyingCheckOf(names, commandLimits)?.({ names: ['a', 'b', 'c', 'd'] })).toBe(notPassed);
    expect(compiledCheckOf(names)?.({ names: ['a', 'b', 'c', 'd'] })).toBe(notPassed);
  });

  it('asks a refinement of an object, alone or as a member of an intersection, of the whole object', () => {
    const even = t.refinement(t.type({ count: t.number }), (value) => value.count % 2 === 0, 'an even count');
    expect(compiledCheckOf(even)?.({ count: 2 })).toEqual({ count: 2 });
    expect(compiledCheckOf(even)?.({ count: 3 })).toBe(notPassed);
    const named = exact(t.intersection([even, t.type({ name: t.string })]), 'a named even count');
    expect(compiledCopyingCheckOf(named, commandLimits)?.({ count: 2, name: 'Ann' })).toEqual({ count: 2, name: 'Ann' });
    expect(compiledCopyingCheckOf(named, commandLimits)?.({ count: 3, name: 'Ann' })).toBe(notPassed);
  });

  it('stops at a string past the size limit before its codec looks at it', () => {
    const looked: string[] = [];
    const watched = exactType({ note: checkedString('a note', (value) => looked.push(value) > 0) }, 'a note');
    const check = compiledCopyingCheckOf(watched, { maxBytes: 100, maxDepth: 4 });
    expect(check?.({ note: 'short' })).toEqual({ note: 'short' });
    expect(check?.({ note: 'a'.repeat(1_000) })).toBe(notPassed);
    expect(looked).toEqual(['short']);
  });
});
