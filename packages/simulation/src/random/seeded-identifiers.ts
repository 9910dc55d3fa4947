import type { SeededRandom } from './seeded-random';

const hex = (word: number): string => word.toString(16).padStart(8, '0');

/**
 * A version 4 (random) UUID in lower case, drawn from the seeded generator: what the
 * core's case and action ids require, and what EventStoreDB accepts as an event id as it is.
 */
export const seededUuid = (random: SeededRandom): string => {
  const first = hex(random.nextWord());
  const second = hex(((random.nextWord() & 0xffff0fff) | 0x00004000) >>> 0);
  const third = hex(((random.nextWord() & 0x3fffffff) | 0x80000000) >>> 0);
  const fourth = hex(random.nextWord());
  return `${first}-${second.slice(0, 4)}-${second.slice(4)}-${third.slice(0, 4)}-${third.slice(4)}${fourth}`;
};

// No 0/o, 1/l/i: a reference read aloud on the phone should not be misheard.
const referenceAlphabet = 'abcdefghjkmnpqrstuvwxyz23456789';

/**
 * A pseudonymous child reference such as `child-k7m2q9xw4t`: random, so it says nothing
 * about the child (not a name, date of birth or school), and 50 bits long, so two
 * children of a national-size history are very unlikely to draw the same one (the
 * caller checks anyway).
 */
export const seededChildReference = (random: SeededRandom): string => {
  let reference = 'child-';
  for (let index = 0; index < 10; index += 1) reference += referenceAlphabet[random.nextWord() % referenceAlphabet.length];
  return reference;
};
