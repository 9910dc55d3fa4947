import * as fc from 'fast-check';
import type { PersonalFieldPath } from '@send-hub/core';
import { replaceAll } from '../../src/personal-data/field-paths';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The obvious reference: one path at a time, copying every object on the way. */
const replaceAt = (data: unknown, path: PersonalFieldPath, value: unknown): unknown => {
  const [key, ...rest] = path;
  if (key === undefined) return value;
  if (!isRecord(data)) return data;
  return { ...data, [key]: replaceAt(data[key], rest, value) };
};

const keys = fc.constantFrom('person', 'name', 'born', 'referral');
const path = fc.array(keys, { maxLength: 3 });
const tree: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small' }, fc.string(), fc.integer(), fc.constant(null), fc.array(fc.string(), { maxLength: 2 }), fc.dictionary(keys, tie('node'), { maxKeys: 3 })),
})).node;

describe('replacing the values at several paths', () => {
  it('gives what replacing them one path after another gives, leaving the input as it was', () => {
    fc.assert(
      fc.property(tree, fc.array(fc.tuple(path, fc.string()), { maxLength: 4 }), (data, replacements) => {
        const before = structuredClone(data);
        const sequential = replacements.reduce((current, [at, value]) => replaceAt(current, at, value), data);
        expect(replaceAll(data, replacements)).toEqual(sequential);
        expect(data).toEqual(before);
      }),
    );
  });

  it('replaces several fields of one object, leaving the original alone', () => {
    const data = { referral: { person: { name: 'x', born: 'y' }, school: 1 } };
    const replaced = replaceAll(data, [
      [['referral', 'person', 'name'], 'Alex'],
      [['referral', 'person', 'born'], '2014-05-01'],
    ]);
    expect(replaced).toEqual({ referral: { person: { name: 'Alex', born: '2014-05-01' }, school: 1 } });
    expect(data.referral.person).toEqual({ name: 'x', born: 'y' });
  });
});
