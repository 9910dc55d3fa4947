const isPlainObject = (value: object): boolean => {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
};

const describePath = (path: ReadonlyArray<string | number>): string =>
  path.length === 0 ? 'the value itself' : path.map((step) => (typeof step === 'number' ? `[${step}]` : `.${step}`)).join('');

/**
 * Why `value` would not come back the same from JSON (a bigint, NaN, a Date that
 * returns as text, a class instance, a cycle), naming where; undefined for plain
 * JSON. Object properties that are undefined are fine: JSON drops them and an
 * absent optional field reads back the same.
 */
export const whyNotJson = (value: unknown, path: Array<string | number> = [], seen: object[] = []): string | undefined => {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : `${describePath(path)} is ${String(value)}, which JSON cannot hold`;
  if (value === undefined) return `${describePath(path)} is undefined, which JSON cannot hold`;
  if (typeof value !== 'object') return `${describePath(path)} is a ${typeof value}, which JSON cannot hold`;
  if (seen.includes(value)) return `${describePath(path)} refers back to itself`;
  if (!Array.isArray(value) && !isPlainObject(value)) {
    return `${describePath(path)} is a ${value.constructor?.name ?? 'special object'}, which JSON would change`;
  }
  const entries: Array<[string | number, unknown]> = Array.isArray(value)
    ? value.map((item, index): [number, unknown] => [index, item])
    : Object.entries(value).filter(([, item]) => item !== undefined);
  for (const [key, item] of entries) {
    const problem = whyNotJson(item, [...path, key], [...seen, value]);
    if (problem !== undefined) return problem;
  }
  return undefined;
};
