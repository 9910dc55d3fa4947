import type { PersonalFieldPath } from '@send-hub/core';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The value at a path of nested objects; undefined where any step is missing. */
export const valueAt = (data: unknown, path: PersonalFieldPath): unknown => {
  let current = data;
  for (const key of path) {
    if (!isRecord(current)) return undefined;
    current = current[key];
  }
  return current;
};

/**
 * A copy of `data` with the value at each path replaced, as replacing them one path
 * after another would give, but copying each object on the way once however many of
 * the paths pass through it. The input is left as it was (callers may still hold it);
 * a path that runs into something other than an object changes nothing.
 */
export const replaceAll = (data: unknown, replacements: ReadonlyArray<readonly [PersonalFieldPath, unknown]>): unknown => {
  const copies = new Set<object>();
  const put = (target: unknown, path: PersonalFieldPath, depth: number, value: unknown): unknown => {
    const key = path[depth];
    if (key === undefined) return value;
    if (!isRecord(target)) return target;
    const copy = copies.has(target) ? target : { ...target };
    copies.add(copy);
    copy[key] = put(copy[key], path, depth + 1, value);
    return copy;
  };
  return replacements.reduce((root, [path, value]) => put(root, path, 0, value), data);
};
