/** Where inside a value JSON would fail or bring back something else, and why. */
export interface JsonFault {
  /** Property names and array indices from the top of the value down to the fault. */
  readonly path: ReadonlyArray<string | number>;
  readonly what: string;
}

export type JsonCopy = { readonly ok: true; readonly copy: unknown } | { readonly ok: false; readonly fault: JsonFault };

const copied = (copy: unknown): JsonCopy => ({ ok: true, copy });
const faulty = (what: string): JsonCopy => ({ ok: false, fault: { path: [], what } });
const below = (key: string | number, inner: JsonCopy): JsonCopy =>
  inner.ok ? inner : { ok: false, fault: { path: [key, ...inner.fault.path], what: inner.fault.what } };

const kindOf = (value: object): string => {
  const name: unknown = (value as { constructor?: { name?: unknown } }).constructor?.name;
  return typeof name === 'string' && name.length > 0 ? name : 'object with its own prototype';
};

const copyArray = (array: ReadonlyArray<unknown>, ancestors: object[]): JsonCopy => {
  const items: unknown[] = [];
  for (let index = 0; index < array.length; index += 1) {
    const item = below(index, copyValue(array[index], ancestors));
    if (!item.ok) return item;
    items.push(item.copy);
  }
  return copied(Object.freeze(items));
};

const copyObject = (object: object, ancestors: object[]): JsonCopy => {
  const prototype: unknown = Object.getPrototypeOf(object);
  if (prototype !== Object.prototype && prototype !== null) return faulty(`is a ${kindOf(object)}, which JSON would turn into something else`);
  const entries: Array<[string, unknown]> = [];
  for (const [key, value] of Object.entries(object)) {
    // JSON leaves such properties out, which reads back the same for an optional field.
    if (value === undefined) continue;
    const entry = below(key, copyValue(value, ancestors));
    if (!entry.ok) return entry;
    entries.push([key, entry.copy]);
  }
  // fromEntries defines properties, so a key named "__proto__" stays data instead of replacing the prototype.
  return copied(Object.freeze(Object.fromEntries(entries)));
};

const copyValue = (value: unknown, ancestors: object[]): JsonCopy => {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return copied(value);
    case 'number':
      return Number.isFinite(value) ? copied(value) : faulty(`is ${String(value)}, which JSON cannot hold`);
    case 'bigint':
      return faulty(`is a bigint (${value.toString()}n), which JSON cannot hold; write it as text`);
    case 'undefined':
    case 'function':
    case 'symbol':
      return faulty(`is ${typeof value === 'undefined' ? 'undefined' : `a ${typeof value}`}, which JSON cannot hold`);
  }
  if (typeof value !== 'object' || value === null) return copied(value);
  if (ancestors.includes(value)) return faulty('refers back to itself (a cycle), which JSON cannot hold');
  ancestors.push(value);
  const copy = Array.isArray(value) ? copyArray(value, ancestors) : copyObject(value, ancestors);
  ancestors.pop();
  return copy;
};

/**
 * A deep, frozen copy of a value that is plain JSON, made in one walk that also
 * finds the first value JSON would refuse or change (a bigint, NaN, a Date, a Map,
 * a cycle). The copy is what the in-memory store keeps: a caller who mutates its
 * object after appending cannot change history, and nothing the store hands out
 * can be mutated either.
 */
export const frozenJsonCopy = (value: unknown): JsonCopy => copyValue(value, []);

/** `data.items[2].when` style, for messages. */
export const describeJsonPath = (root: string, path: ReadonlyArray<string | number>): string =>
  root + path.map((key) => (typeof key === 'number' ? `[${key}]` : /^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`)).join('');
