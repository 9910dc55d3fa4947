/** Where inside a value JSON would fail or silently change it, and how. */
export interface JsonProblem {
  readonly path: ReadonlyArray<string | number>;
  readonly what: string;
}

const problem = (what: string): JsonProblem => ({ path: [], what });

const within = (key: string | number, inner: JsonProblem | undefined): JsonProblem | undefined =>
  inner === undefined ? undefined : { path: [key, ...inner.path], what: inner.what };

const constructorName = (value: object): string => {
  const name: unknown = (value as { constructor?: { name?: unknown } }).constructor?.name;
  return typeof name === 'string' && name.length > 0 ? name : 'object with a custom prototype';
};

/**
 * The first value that `JSON.stringify` would throw on or store differently from
 * what the writer meant (bigint, NaN, a Map that becomes `{}`, a Date that comes
 * back as a string, a cycle); undefined when the value is plain JSON. Properties
 * that are `undefined` are allowed: JSON leaves them out, which reads back the same
 * for optional fields. The path is built only on failure, to keep the common case cheap.
 */
export const findJsonProblem = (value: unknown, ancestors: object[] = []): JsonProblem | undefined => {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return undefined;
    case 'number':
      return Number.isFinite(value) ? undefined : problem(`is ${String(value)}, which JSON cannot hold`);
    case 'bigint':
      return problem(`is a bigint (${value.toString()}n); write it as a string`);
    case 'undefined':
      return problem('is undefined');
    case 'function':
      return problem('is a function');
    case 'symbol':
      return problem('is a symbol');
  }
  if (value === null || typeof value !== 'object') return undefined;
  if (ancestors.includes(value)) return problem('refers back to itself (a cycle)');
  ancestors.push(value);
  const found = Array.isArray(value) ? findInArray(value, ancestors) : findInObject(value, ancestors);
  ancestors.pop();
  return found;
};

const findInArray = (array: ReadonlyArray<unknown>, ancestors: object[]): JsonProblem | undefined => {
  for (let index = 0; index < array.length; index += 1) {
    const found = within(index, findJsonProblem(array[index], ancestors));
    if (found !== undefined) return found;
  }
  return undefined;
};

const findInObject = (object: object, ancestors: object[]): JsonProblem | undefined => {
  const prototype: unknown = Object.getPrototypeOf(object);
  if (prototype !== Object.prototype && prototype !== null) {
    return problem(`is a ${constructorName(object)}, not a plain object`);
  }
  for (const key in object) {
    const property: unknown = (object as Record<string, unknown>)[key];
    if (property === undefined) continue;
    const found = within(key, findJsonProblem(property, ancestors));
    if (found !== undefined) return found;
  }
  return undefined;
};

/** `data.items[2].when` style, for messages. */
export const describeJsonPath = (root: string, path: ReadonlyArray<string | number>): string =>
  path.reduce<string>(
    (text, key) => (typeof key === 'number' ? `${text}[${key}]` : /^[A-Za-z_$][\w$]*$/.test(key) ? `${text}.${key}` : `${text}[${JSON.stringify(key)}]`),
    root,
  );
