import type * as fc from 'fast-check';

/**
 * Builds an arbitrary the first time it is asked for and hands out the same one after:
 * regular-expression arbitraries are slow to build, and journeys ask for them often.
 */
export const builtOnce = <Value>(build: () => fc.Arbitrary<Value>): (() => fc.Arbitrary<Value>) => {
  let built: fc.Arbitrary<Value> | undefined;
  return () => (built ??= build());
};
