import { either as E } from 'fp-ts';
import * as t from 'io-ts';
import { describeValidationErrors, tagValuesOf } from '../src';

const problemsOf = (codec: t.Decoder<unknown, unknown>, input: unknown): ReadonlyArray<string> => {
  const decoded = codec.decode(input);
  if (E.isRight(decoded)) throw new Error('Expected the input to be refused.');
  return describeValidationErrors(decoded.left);
};

const Name = t.string;
const Person = t.intersection([t.type({ name: Name }), t.partial({ nicknames: t.array(t.string, 'a list of nicknames') })], 'a person');

describe('describing io-ts errors in plain English', () => {
  it('names list items by index and fields inside intersections by their own names', () => {
    expect(problemsOf(Person, { name: 'Ada', nicknames: ['A', 7] })).toEqual(['nicknames[1]: expected text, received 7']);
    expect(problemsOf(t.type({ people: t.array(Person) }), { people: [{ name: 'Ada' }, {}] })).toEqual(['people[1].name: expected text, received nothing']);
  });

  it('lists the alternatives a field could have been, once', () => {
    const Identifier = t.union([t.string, t.number]);
    expect(problemsOf(t.type({ id: Identifier }), { id: true })).toEqual(['id: expected text or a number, received true']);
    expect(problemsOf(t.type({ id: t.union([t.string, t.number, t.boolean]) }), { id: null })).toEqual([
      'id: expected text, a number or true or false (a boolean), received null',
    ]);
  });

  it('says which tags exist when an object of a tagged union has none of them, through unions of unions', () => {
    const First = t.union([t.type({ kind: t.literal('A') }), t.type({ kind: t.literal('B') })]);
    const Second = t.type({ kind: t.keyof({ C: null, D: null }) });
    const Everything = t.union([First, Second], 'a letter');
    expect(problemsOf(t.type({ letter: Everything }), { letter: { kind: 'Z' } })).toEqual(['letter.kind: expected "A", "B", "C" or "D", received "Z"']);
    expect(problemsOf(Everything, {})).toEqual(['kind: expected "A", "B", "C" or "D", received nothing']);
    expect(problemsOf(Everything, 'A')).toEqual(['the input: expected a letter, received "A"']);
  });

  it('describes values JSON cannot show', () => {
    const cycle: Record<string, unknown> = {};
    cycle.loop = cycle;
    expect(problemsOf(t.type({ when: t.string }), { when: cycle })).toEqual(['when: expected text, received an object']);
    expect(problemsOf(t.type({ when: t.string }), { when: () => 1 })).toEqual(['when: expected text, received a function']);
  });

  it('reads the tags a union of tagged objects accepts from its codecs, through refinements, exact codecs and intersections', () => {
    const Tagged = t.union([t.exact(t.type({ type: t.literal('Refer') })), t.intersection([t.type({ type: t.literal('Close') }), t.partial({ note: t.string })])]);
    expect(tagValuesOf(t.refinement(Tagged, () => true), 'type')).toEqual(['Refer', 'Close']);
    expect(tagValuesOf(t.union([Tagged, t.type({ type: t.keyof({ Review: null }) })]), 'type')).toEqual(['Refer', 'Close', 'Review']);
    expect(tagValuesOf(t.union([Tagged, t.type({ other: t.string })]), 'type')).toEqual([]);
  });
});
