import { ActionId, CaseId } from '@send-hub/core';
import * as fc from 'fast-check';

// The definition the table check replaced.
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

// UUIDs of every version and variant, some upper case; and each with one character replaced, inserted or removed.
const uuidShaped = fc.uuid().chain((id) => fc.constantFrom(id, id.toUpperCase(), id.slice(0, 8).toUpperCase() + id.slice(8)));
const nearMiss = fc
  .tuple(uuidShaped, fc.nat(37), fc.constantFrom('', '-', '0', 'f', 'g', 'F', '/', ' ', '`', ':', '@', '٣', 'ａ', '\n', '\u0161', '\uD83D'), fc.constantFrom('replace', 'insert'))
  .map(([id, at, character, how]) => id.slice(0, at) + character + id.slice(how === 'replace' ? at + 1 : at));

describe('case and action ids accept exactly what the lower-case UUID expression accepted', () => {
  it.each([
    ['case ids', CaseId],
    ['action ids', ActionId],
  ])('%s', (_name, codec) => {
    for (const arbitrary of [uuidShaped, nearMiss, fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', minLength: 36, maxLength: 36 })]) {
      fc.assert(fc.property(arbitrary, (value) => codec.is(value) === uuidPattern.test(value)), { numRuns: 5_000 });
    }
  });
});
