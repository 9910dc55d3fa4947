/** Freezes a value and everything it holds, so a pure function that writes to its input throws (modules run in strict mode). */
export const deepFreeze = <Value>(value: Value): Value => {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
};

/**
 * A deep copy of plain data (objects, arrays, primitives) made in the caller's realm;
 * `structuredClone` makes its objects in another realm under jest, so a strict
 * comparison with them fails on the prototype alone.
 */
export const plainCopy = <Value>(value: Value): Value => {
  if (Array.isArray(value)) return value.map(plainCopy) as Value;
  if (typeof value !== 'object' || value === null) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) copy[key] = plainCopy(inner);
  return copy as Value;
};
