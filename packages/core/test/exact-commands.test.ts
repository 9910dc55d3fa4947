import { CaseCommand, commandLimits, exactType, MeetingCommand, plainCopyWithinLimits } from '@send-hub/core';
import { describeValidationErrors } from '@send-hub/event-store';
import { either as E } from 'fp-ts';
import * as fc from 'fast-check';
import * as t from 'io-ts';
import { referCommand } from '@send-hub/testing';

const caseId = '33333333-3333-4333-8333-333333333333';
const personal = { childName: 'Riley Shaw', dateOfBirth: '2012-12-01', narrative: 'Finds the canteen overwhelming.' };
const [sampled] = fc.sample(referCommand({ caseId }), { numRuns: 1, seed: 14 });
if (sampled === undefined) throw new Error('No referral was sampled.');
const referral = { ...sampled.referral, needs: [{ need: 'ASD', rank: 1 }], personal };
const refer = { ...sampled, occurredOn: '2025-11-03', referral };
const meeting = { district: 'lichfield', academicYear: '2025/26', halfTerm: 2 };

/** The problems a codec finds, or [] when it decodes. */
const problemsOf = (codec: t.Decoder<unknown, unknown>, input: unknown): ReadonlyArray<string> => {
  const decoded = codec.decode(input);
  return E.isLeft(decoded) ? describeValidationErrors(decoded.left) : [];
};

describe('exact commands', () => {
  it('decode valid commands as before', () => {
    expect(problemsOf(CaseCommand, refer)).toEqual([]);
    expect(problemsOf(CaseCommand, { type: 'RecordConsent', caseId, occurredOn: '2025-11-05', givenBy: 'young-person', form: 'written', youngPersonLacksCapacity: false })).toEqual([]);
    expect(problemsOf(MeetingCommand, { type: 'RecordMeeting', meeting, heldOn: '2025-11-25', attendance: [{ agency: 'health', role: 'school nurse' }] })).toEqual([]);
  });

  it.each<[string, unknown, string]>([
    ['the command', { ...refer, priority: 'high' }, 'priority: not a field of a Refer command'],
    ['the referral', { ...refer, referral: { ...referral, garbage: 1 } }, 'referral.garbage: not a field of referral details'],
    ["the child's personal details", { ...refer, referral: { ...referral, personal: { ...personal, parentMobile: '07700 900123' } } }, "referral.personal.parentMobile: not a field of the child's personal details"],
    ['a ranked need', { ...refer, referral: { ...referral, needs: [{ need: 'ASD', rank: 1, severity: 3 }] } }, 'referral.needs[0].severity: not a field of a ranked need'],
    ['an optional field', { type: 'RecordConsent', caseId, occurredOn: '2025-11-05', givenBy: 'young-person', form: 'written', capacity: true }, 'capacity: not a field of a RecordConsent command'],
    ['a meeting', { type: 'Discuss', caseId, occurredOn: '2025-11-25', meeting: { ...meeting, room: 'hall' } }, 'meeting.room: not a field of a meeting (district, academic year and half term)'],
    ['erased personal data', { ...refer, referral: { ...referral, personal: { ...personal, childName: { erased: true, was: 'x' } } } }, 'referral.personal.childName: expected personal data: a text of 1 to 2,000 characters, received an object'],
  ])('refuse a field no codec defines in %s, naming its path', (_where, input, problem) => {
    expect(problemsOf(CaseCommand, input)).toEqual([problem]);
  });

  it('refuse __proto__, constructor and prototype at any depth, and keep the prototype of nothing', () => {
    for (const name of ['__proto__', 'constructor', 'prototype']) {
      const input = JSON.parse(JSON.stringify(refer).replace('"personal":{', `"personal":{"${name}":{"polluted":true},`)) as unknown;
      expect(problemsOf(CaseCommand, input)).toEqual([`referral.personal.${name}: a name no field may have (__proto__, constructor and prototype are refused)`]);
    }
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it('refuse a command past 64 KiB before decoding it, and nesting past 32 levels, naming where', () => {
    expect(problemsOf(CaseCommand, { ...refer, notes: 'x'.repeat(10_000_000) })).toEqual(['the input: expected at most 65,536 bytes as JSON, received more']);
    let deep: unknown = 1;
    for (let level = 0; level < 5_000; level += 1) deep = [deep];
    const [problem] = problemsOf(CaseCommand, { ...refer, referral: { ...referral, needs: deep } });
    expect(problem).toMatch(/^referral\.needs(\[0\]){30}: expected a value nested at most 32 objects or lists deep, received one nested deeper$/);
  });

  it('bound every text field and every list', () => {
    expect(problemsOf(CaseCommand, { type: 'EscalateToLMG', caseId, occurredOn: '2025-11-25', reason: 'r'.repeat(2_001) })).toEqual(['reason: expected a text of 1 to 2,000 characters, received "' + 'r'.repeat(76) + '...']);
    const action = { actionId: 'b0000000-0000-4000-8000-000000000001', description: 'Quiet lunch club', agency: 'education', ownerRole: 'pastoral lead' };
    expect(problemsOf(CaseCommand, { type: 'AgreeActions', caseId, occurredOn: '2025-11-25', meeting, actions: Array.from({ length: 101 }, () => action) })).toEqual([
      'actions: a list of agreed actions with at most 100 items',
    ]);
  });

  it('never repeat a personal value: the date of birth given, the start of a too-long name, the narrative', () => {
    const name = `Riley ${'Shaw'.repeat(600)}`;
    const problems = problemsOf(CaseCommand, { ...refer, referral: { ...referral, personal: { childName: name, dateOfBirth: '2012-02-30', narrative: 17 } } });
    expect(problems).toEqual([
      'referral.personal.childName: expected personal data: a text of 1 to 2,000 characters, received text of 2,406 characters',
      'referral.personal.dateOfBirth: expected personal data: a calendar date written YYYY-MM-DD, received text of 10 characters',
      'referral.personal.narrative: expected personal data: a text of 1 to 2,000 characters, received a number',
    ]);
    expect(problems.join(' ')).not.toMatch(/Riley|2012/);
    // A whole object is never shown either: it may hold personal fields.
    expect(problemsOf(CaseCommand, { ...refer, type: [[]] }).join(' ')).not.toMatch(/Riley|2012|canteen/);
  });

  it('refuse odd values as values: no prototype, NaN, bigints, getters that throw, class instances, revoked proxies', () => {
    const nullPrototype = Object.assign(Object.create(null) as object, { ...refer, occurredOn: Number.NaN });
    expect(problemsOf(CaseCommand, nullPrototype)).toEqual(['occurredOn: expected a finite number, received NaN']);
    expect(problemsOf(CaseCommand, Object.assign(Object.create(null) as object, refer))).toEqual([]);
    expect(problemsOf(CaseCommand, { ...refer, caseId: 10n })).toEqual(['caseId: expected text, a number, true or false, null, a list or an object, received a bigint']);
    const withGetter = { ...refer };
    Object.defineProperty(withGetter, 'occurredOn', { enumerable: true, get: () => { throw new Error('boom'); } });
    expect(problemsOf(CaseCommand, withGetter)).toEqual(['occurredOn: expected a value that can be read, received one that failed when read']);
    expect(problemsOf(CaseCommand, { ...refer, occurredOn: new Date() })).toEqual(['occurredOn: expected a plain object, received an instance of a class (such as a date or a map)']);
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(problemsOf(CaseCommand, { ...refer, referral: proxy })).toEqual(['referral: expected a value that can be read, received one that failed when read']);
  });

  it('decode a copy, so nothing decoded shares an object with the caller', () => {
    const decoded = CaseCommand.decode(refer);
    expect(decoded).toEqual(E.right(refer));
    expect(E.isRight(decoded) && decoded.right !== refer && (decoded.right as typeof refer).referral !== referral).toBe(true);
  });

  it('an exact codec treats a field holding undefined as absent, as JSON does', () => {
    const codec = exactType({ a: t.string }, 'a thing');
    expect(problemsOf(codec, { a: 'x', b: undefined })).toEqual([]);
    expect(codec.is({ a: 'x', b: 1 })).toBe(false);
    expect(codec.is({ a: 'x' })).toBe(true);
  });
});

describe('the size of an input', () => {
  // JSON without the field names every input refuses.
  const plainJson = fc
    .json({ maxDepth: 4 })
    .filter((text) => !/"(__proto__|constructor|prototype)":/.test(text))
    .map((text) => JSON.parse(text) as unknown);

  it('is counted as the UTF-8 bytes of its JSON, escapes and all: within the bound at exactly its size, refused one byte under', () => {
    fc.assert(
      fc.property(plainJson, fc.string({ unit: 'binary' }), (value, text) => {
        for (const input of [value, text, { text, value }]) {
          const bytes = Buffer.byteLength(JSON.stringify(input), 'utf8');
          expect(E.isRight(plainCopyWithinLimits(input, { ...commandLimits, maxBytes: bytes }))).toBe(true);
          expect(plainCopyWithinLimits(input, { ...commandLimits, maxBytes: bytes - 1 })).toEqual(E.left(expect.objectContaining({ path: '' })));
        }
      }),
      { numRuns: 60 },
    );
  }, 30_000);

  it('answers by the exact size under every limit, where a rough count of the characters would pass it and where it would not', () => {
    fc.assert(
      fc.property(plainJson, fc.string({ unit: 'binary' }), fc.double({ min: 0, max: 1, noNaN: true }), (value, text, share) => {
        const input = { text, value };
        const bytes = Buffer.byteLength(JSON.stringify(input), 'utf8');
        // Anywhere from the exact size to six times it, where the rough count (six bytes a character at most) may lie.
        const limit = bytes + Math.floor(share * 5 * bytes);
        expect(E.isRight(plainCopyWithinLimits(input, { ...commandLimits, maxBytes: limit }))).toBe(true);
        expect(plainCopyWithinLimits(input, { ...commandLimits, maxBytes: bytes - 1 })).toEqual(E.left(expect.objectContaining({ path: '' })));
      }),
      { numRuns: 200 },
    );
  }, 30_000);

  it('reports what is wrong after text that only a rough count puts past the limit', () => {
    const input = { narrative: 'x'.repeat(20_000), score: Number.NaN };
    expect(plainCopyWithinLimits(input, commandLimits)).toEqual(E.left({ path: 'score', explanation: 'expected a finite number, received NaN' }));
    expect(plainCopyWithinLimits({ narrative: input.narrative }, commandLimits)).toEqual(E.right({ narrative: input.narrative }));
  });

  it('refuses, naming it, a depth limit the walk cannot keep to', () => {
    for (const maxDepth of [0, 1.5, 1_001, Infinity]) {
      expect(() => plainCopyWithinLimits({}, { maxBytes: 100, maxDepth })).toThrow(`An input's depth limit must be a whole number from 1 to 1,000, but was ${String(maxDepth)}.`);
    }
    expect(plainCopyWithinLimits([[[]]], { maxBytes: 100, maxDepth: 1_000 })).toEqual(E.right([[[]]]));
  });

  it('counts no bytes for a field holding nothing, as JSON leaves it out', () => {
    const input = { a: 'x', b: undefined, c: 1 };
    const bytes = Buffer.byteLength(JSON.stringify(input), 'utf8');
    expect(plainCopyWithinLimits(input, { ...commandLimits, maxBytes: bytes })).toEqual(E.right({ a: 'x', c: 1 }));
  });

  it('copies plain JSON to an equal value', () => {
    fc.assert(fc.property(plainJson, (value) => expect(plainCopyWithinLimits(value, { maxBytes: Infinity, maxDepth: 100 })).toEqual(E.right(value))), { numRuns: 300 });
  });
});
