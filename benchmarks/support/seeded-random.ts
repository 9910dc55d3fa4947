/**
 * A small seeded random source (mulberry32), so every run benchmarks the same
 * histories: a figure that moves between runs then means the code moved, not the data.
 */
export interface SeededRandom {
  /** A number in [0, 1). */
  readonly fraction: () => number;
  /** A whole number from 0 to `count - 1`. */
  readonly below: (count: number) => number;
  /** True with the given probability. */
  readonly chance: (probability: number) => boolean;
  readonly pick: <Value>(values: ReadonlyArray<Value>) => Value;
}

export const seededRandom = (seed: number): SeededRandom => {
  let state = seed >>> 0;
  const fraction = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
  const below = (count: number): number => Math.floor(fraction() * count);
  return {
    fraction,
    below,
    chance: (probability) => fraction() < probability,
    pick: <Value>(values: ReadonlyArray<Value>): Value => {
      const value = values[below(values.length)];
      if (value === undefined) throw new RangeError('Cannot pick from an empty list.');
      return value;
    },
  };
};

/** A lower-case version 4 UUID from the seeded source, as the codecs expect. */
export const seededUuid = (random: SeededRandom): string => {
  const hex = (count: number) => Array.from({ length: count }, () => random.below(16).toString(16)).join('');
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'.charAt(random.below(4))}${hex(3)}-${hex(12)}`;
};
