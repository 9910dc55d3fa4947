import { SeededRandom, weightedChoice } from '../src';
import { seededChildReference, seededUuid } from '../src/random/seeded-identifiers';

const draws = (random: SeededRandom, count: number): number[] => Array.from({ length: count }, () => random.nextWord());

describe('the seeded random source', () => {
  it('gives the same numbers for the same seed and different ones for another seed', () => {
    expect(draws(SeededRandom.fromSeed('county'), 20)).toEqual(draws(SeededRandom.fromSeed('county'), 20));
    expect(draws(SeededRandom.fromSeed('county'), 20)).not.toEqual(draws(SeededRandom.fromSeed('another county'), 20));
  });

  it('gives each fork numbers of its own, unaffected by how much the parent or a sibling draws', () => {
    const first = SeededRandom.fromSeed('county');
    const second = SeededRandom.fromSeed('county');
    draws(second, 1_000);
    draws(second.fork('district/tamworth'), 50);
    expect(draws(first.fork('district/lichfield'), 10)).toEqual(draws(second.fork('district/lichfield'), 10));
    expect(draws(first.fork('district/lichfield'), 10)).not.toEqual(draws(first.fork('district/tamworth'), 10));
  });

  it('keeps whole numbers within their range, reaching both ends, and fractions below 1', () => {
    const random = SeededRandom.fromSeed('ranges');
    const seen = new Set<number>();
    for (let index = 0; index < 2_000; index += 1) {
      const value = random.integer(3, 7);
      expect(value).toBeGreaterThanOrEqual(3);
      expect(value).toBeLessThanOrEqual(7);
      seen.add(value);
      const fraction = random.fraction();
      expect(fraction).toBeGreaterThanOrEqual(0);
      expect(fraction).toBeLessThan(1);
    }
    expect([...seen].sort()).toEqual([3, 4, 5, 6, 7]);
  });

  it('draws weighted choices in about their proportions and never a choice of weight zero', () => {
    const choose = weightedChoice([['often', 3], ['sometimes', 1], ['never', 0]] as const);
    const random = SeededRandom.fromSeed('weights');
    const counts = { often: 0, sometimes: 0, never: 0 };
    for (let index = 0; index < 20_000; index += 1) counts[choose(random)] += 1;
    expect(counts.never).toBe(0);
    expect(counts.often / 20_000).toBeCloseTo(0.75, 1);
  });

  it('makes lower-case version 4 UUIDs and pseudonymous child references the core accepts', () => {
    const random = SeededRandom.fromSeed('identifiers');
    for (let index = 0; index < 200; index += 1) {
      expect(seededUuid(random)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(seededChildReference(random)).toMatch(/^child-[a-z2-9]{10}$/);
    }
  });
});
