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

/** A copy of `data` with the value at `path` replaced; the input is left as it was (callers may still hold it). */
export const replaceAt = (data: unknown, path: PersonalFieldPath, value: unknown): unknown => {
  const [key, ...rest] = path;
  if (key === undefined) return value;
  if (!isRecord(data)) return data;
  return { ...data, [key]: replaceAt(data[key], rest, value) };
};
