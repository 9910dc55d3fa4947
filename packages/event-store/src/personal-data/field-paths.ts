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

/** `target` with the value at `path` from `depth` on replaced; objects in `copies` are copies made by earlier replacements into the same data, changed in place. */
const put = (target: unknown, path: PersonalFieldPath, depth: number, value: unknown, copies: Set<object> | undefined): unknown => {
  const key = path[depth];
  if (key === undefined) return value;
  if (!isRecord(target)) return target;
  const copy = copies?.has(target) === true ? target : { ...target };
  copies?.add(copy);
  copy[key] = put(copy[key], path, depth + 1, value, copies);
  return copy;
};

/**
 * A copy of `data` with the value at `path` replaced, copying each object on the way;
 * with `copies`, the objects it holds (copies made by earlier calls given the same set)
 * are changed in place rather than copied again, and the copies made are added to it.
 */
export const replaceAt = (data: unknown, path: PersonalFieldPath, value: unknown, copies?: Set<object>): unknown => put(data, path, 0, value, copies);

/**
 * A copy of `data` with the value at each path replaced, as replacing them one path
 * after another would give, but copying each object on the way once however many of
 * the paths pass through it. The input is left as it was (callers may still hold it);
 * a path that runs into something other than an object changes nothing. A single path
 * (most events' one personal field) keeps no record of its copies: each object on it is copied once anyway.
 */
export const replaceAll = (data: unknown, replacements: ReadonlyArray<readonly [PersonalFieldPath, unknown]>): unknown => {
  const copies = replacements.length > 1 ? new Set<object>() : undefined;
  let root = data;
  for (const [path, value] of replacements) root = replaceAt(root, path, value, copies);
  return root;
};
