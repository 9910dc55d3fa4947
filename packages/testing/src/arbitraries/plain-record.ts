import * as fc from 'fast-check';

/**
 * `fc.record` that always builds ordinary objects: fast-check may otherwise build
 * objects without a prototype, which real messages (parsed from JSON) never are and
 * which compare unequal to them.
 */
export const plainRecord: typeof fc.record = ((model: Record<string, fc.Arbitrary<unknown>>, constraints?: { requiredKeys?: string[] }) =>
  fc.record(model, { ...constraints, noNullPrototype: true })) as typeof fc.record;
