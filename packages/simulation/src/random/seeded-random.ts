import { createHash } from 'node:crypto';

/** Choices and their relative weights: `[['K', 75], ['E', 12], ['N', 13]]`. Weights need not add up to anything. */
export type WeightTable<Choice> = ReadonlyArray<readonly [Choice, number]>;

const rotateLeft = (value: number, bits: number): number => ((value << bits) | (value >>> (32 - bits))) >>> 0;

/**
 * The simulation's only source of chance: xoshiro128** (Blackman and Vigna), a small,
 * fast generator with a 2^128 period, seeded from the SHA-256 of a text seed. Never
 * `Math.random()`: the same seed must give the same county, event for event.
 *
 * `fork(label)` gives an independent generator for one part of the county (a district's
 * referrals in a half term, one child's journey), so that a change in how one part draws
 * its numbers does not shift every number drawn after it elsewhere.
 */
export class SeededRandom {
  private state: Uint32Array;

  private constructor(private readonly seed: string) {
    const digest = createHash('sha256').update(seed).digest();
    this.state = new Uint32Array([digest.readUInt32LE(0), digest.readUInt32LE(4), digest.readUInt32LE(8), digest.readUInt32LE(12)]);
    // An all-zero state would give zeros for ever; SHA-256 makes it vanishingly unlikely, but not impossible.
    if (this.state.every((word) => word === 0)) this.state[0] = 1;
  }

  static fromSeed(seed: string): SeededRandom {
    return new SeededRandom(seed);
  }

  fork(label: string): SeededRandom {
    return new SeededRandom(`${this.seed}/${label}`);
  }

  /** A whole number from 0 to 2^32 - 1. */
  nextWord(): number {
    const state = this.state;
    const s0 = state[0] ?? 0;
    const s1 = state[1] ?? 0;
    const result = Math.imul(rotateLeft(Math.imul(s1, 5) >>> 0, 7), 9) >>> 0;
    const shifted = (s1 << 9) >>> 0;
    state[2] = (state[2] ?? 0) ^ s0;
    state[3] = (state[3] ?? 0) ^ s1;
    state[1] = s1 ^ (state[2] ?? 0);
    state[0] = s0 ^ (state[3] ?? 0);
    state[2] = (state[2] ?? 0) ^ shifted;
    state[3] = rotateLeft(state[3] ?? 0, 11);
    return result;
  }

  /** A number from 0 (included) to 1 (excluded). */
  fraction(): number {
    return this.nextWord() / 4_294_967_296;
  }

  /** A whole number from `minimum` to `maximum`, both included. */
  integer(minimum: number, maximum: number): number {
    if (maximum < minimum) throw new RangeError(`integer: the range ${minimum} to ${maximum} is empty.`);
    return minimum + Math.floor(this.fraction() * (maximum - minimum + 1));
  }

  /** A number from `minimum` (included) to `maximum` (excluded). */
  between(minimum: number, maximum: number): number {
    return minimum + this.fraction() * (maximum - minimum);
  }

  /** True with the given probability. */
  chance(probability: number): boolean {
    return this.fraction() < probability;
  }

  pick<Item>(items: ReadonlyArray<Item>): Item {
    if (items.length === 0) throw new RangeError('pick: there is nothing to pick from.');
    return items[Math.floor(this.fraction() * items.length)] as Item;
  }

  /** `count` different items, in the order drawn (fewer when there are fewer items). */
  pickDistinct<Item>(items: ReadonlyArray<Item>, count: number): Item[] {
    const pool = [...items];
    const picked: Item[] = [];
    while (picked.length < count && pool.length > 0) picked.push(pool.splice(Math.floor(this.fraction() * pool.length), 1)[0] as Item);
    return picked;
  }
}

/**
 * A weighted choice prepared once (cumulative weights), then drawn many times:
 * `const provision = weightedChoice(provisionWeights); provision(random)`.
 */
export const weightedChoice = <Choice>(table: WeightTable<Choice>): ((random: SeededRandom) => Choice) => {
  const choices = table.filter(([, weight]) => weight > 0);
  if (choices.length === 0) throw new RangeError('weightedChoice: no choice has a weight above zero.');
  const cumulative: number[] = [];
  let total = 0;
  for (const [, weight] of choices) cumulative.push((total += weight));
  return (random) => {
    const target = random.fraction() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((cumulative[middle] ?? 0) > target) high = middle;
      else low = middle + 1;
    }
    return (choices[low] as readonly [Choice, number])[0];
  };
};
