import * as fc from 'fast-check';

/**
 * A deep copy made in the test's own realm: `structuredClone` under jest makes objects
 * whose prototype is another realm's `Object.prototype`, which the checks and the bounded
 * copy both refuse as not plain, so every damaged value would be refused before its damage counted.
 */
export const deepCopy = (value: unknown): unknown =>
  typeof value !== 'object' || value === null
    ? value
    : Array.isArray(value)
      ? value.map(deepCopy)
      : Object.fromEntries(Object.entries(value).map(([key, item]) => [key, deepCopy(item)]));

/** A valid value with one field, at any depth, replaced by something else or removed. */
export const damaged = (valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> =>
  fc.tuple(valid, fc.nat(), fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.constant([]), fc.constant({}))).map(
    ([value, choice, replacement]) => {
      const copy = deepCopy(value) as Record<string, unknown>;
      const places: Array<{ readonly holder: Record<string, unknown>; readonly key: string }> = [];
      const walk = (holder: unknown) => {
        if (typeof holder !== 'object' || holder === null) return;
        for (const key of Object.keys(holder)) {
          places.push({ holder: holder as Record<string, unknown>, key });
          walk((holder as Record<string, unknown>)[key]);
        }
      };
      walk(copy);
      const place = places[choice % places.length];
      if (place !== undefined) {
        if (replacement === undefined) delete place.holder[place.key];
        else place.holder[place.key] = replacement;
      }
      return copy;
    },
  );

/** A valid value with a field added somewhere, named as the generator likes (sometimes a field the codec defines elsewhere). */
export const widened = (valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> =>
  fc.tuple(valid, fc.nat(), fc.oneof(fc.string(), fc.constantFrom('type', 'caseId', 'views', '__proto__', 'constructor')), fc.jsonValue()).map(([value, choice, name, extra]) => {
    const copy = deepCopy(value) as Record<string, unknown>;
    const holders: Array<Record<string, unknown>> = [];
    const walk = (holder: unknown) => {
      if (typeof holder !== 'object' || holder === null || Array.isArray(holder)) return;
      holders.push(holder as Record<string, unknown>);
      for (const key of Object.keys(holder)) walk((holder as Record<string, unknown>)[key]);
    };
    walk(copy);
    const holder = holders[choice % holders.length];
    if (holder !== undefined) Object.defineProperty(holder, name, { value: extra, enumerable: true, writable: true, configurable: true });
    return copy;
  });
