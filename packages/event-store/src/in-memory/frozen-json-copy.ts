/** Where inside a value JSON would fail or bring back something else, and why. */
export interface JsonFault {
  /** Property names and array indices from the top of the value down to the fault. */
  readonly path: ReadonlyArray<string | number>;
  readonly what: string;
}

export type JsonCopy = { readonly ok: true; readonly copy: unknown } | { readonly ok: false; readonly fault: JsonFault };

/**
 * What the walk returns in place of a copy when JSON would refuse or change a value.
 * The walk returns copies themselves, not a result object per value: every append
 * copies every value it holds, and an allocation for each string was most of the cost.
 */
class Fault {
  constructor(
    readonly path: Array<string | number>,
    readonly what: string,
  ) {}
}

const below = (key: string | number, fault: Fault): Fault => {
  fault.path.unshift(key);
  return fault;
};

const kindOf = (value: object): string => {
  const name: unknown = (value as { constructor?: { name?: unknown } }).constructor?.name;
  return typeof name === 'string' && name.length > 0 ? name : 'object with its own prototype';
};

/**
 * How deep the walk goes before it starts to look for cycles. JSON data this deep is
 * rare, and looking up every object among its ancestors was a large part of every copy.
 * A cycle is still found: going round it, the walk passes this depth and then meets an
 * object it has already passed below it, at most one turn of the cycle later.
 */
const depthBeforeCycleChecks = 64;

const cycleFound = 'refers back to itself (a cycle), which JSON cannot hold';

/** Ancestors below `depthBeforeCycleChecks` on the path to the value being copied. */
type DeepAncestors = object[];

// `hasOwnProperty.call` rather than `Object.hasOwn`: inside for-in, V8 answers it from the loop's own cache of keys.
const hasOwnProperty = Object.prototype.hasOwnProperty;

const copyArray = (array: ReadonlyArray<unknown>, depth: number, ancestors: DeepAncestors): unknown => {
  const items: unknown[] = new Array<unknown>(array.length);
  for (let index = 0; index < array.length; index += 1) {
    const item = copyValue(array[index], depth, ancestors);
    if (item instanceof Fault) return below(index, item);
    items[index] = item;
  }
  return Object.freeze(items);
};

const copyObject = (object: object, depth: number, ancestors: DeepAncestors): unknown => {
  const prototype: unknown = Object.getPrototypeOf(object);
  if (prototype !== Object.prototype && prototype !== null) return new Fault([], `is a ${kindOf(object)}, which JSON would turn into something else`);
  const copy: Record<string, unknown> = {};
  // for-in with an own-property check visits what Object.keys lists, in the same order, without an array of keys per object.
  for (const key in object) {
    if (!hasOwnProperty.call(object, key)) continue;
    const value: unknown = (object as Record<string, unknown>)[key];
    // JSON leaves such properties out, which reads back the same for an optional field.
    if (value === undefined) continue;
    const entry = copyValue(value, depth, ancestors);
    if (entry instanceof Fault) return below(key, entry);
    // Defining rather than assigning keeps a key named "__proto__" as data instead of replacing the prototype.
    if (key === '__proto__') Object.defineProperty(copy, key, { value: entry, enumerable: true, writable: true, configurable: true });
    else copy[key] = entry;
  }
  return Object.freeze(copy);
};

/**
 * Copies `value`, with `depth` objects and arrays above it. From `depthBeforeCycleChecks`
 * on, the walk keeps ancestors to find cycles; `frozenJsonCopy`'s second walk starts there.
 */
const copyValue = (value: unknown, depth: number, ancestors: DeepAncestors): unknown => {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      // JSON writes -0 as 0, so the durable stores read 0 back: the copy does the same.
      if (value === 0) return 0;
      return Number.isFinite(value) ? value : new Fault([], `is ${String(value)}, which JSON cannot hold`);
    case 'bigint':
      return new Fault([], `is a bigint (${value.toString()}n), which JSON cannot hold; write it as text`);
    case 'undefined':
    case 'function':
    case 'symbol':
      return new Fault([], `is ${typeof value === 'undefined' ? 'undefined' : `a ${typeof value}`}, which JSON cannot hold`);
  }
  if (typeof value !== 'object' || value === null) return value;
  if (depth < depthBeforeCycleChecks) return Array.isArray(value) ? copyArray(value, depth + 1, ancestors) : copyObject(value, depth + 1, ancestors);
  if (ancestors.includes(value)) return new Fault([], cycleFound);
  ancestors.push(value);
  const copy = Array.isArray(value) ? copyArray(value, depth + 1, ancestors) : copyObject(value, depth + 1, ancestors);
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
export const frozenJsonCopy = (value: unknown): JsonCopy => {
  let copy = copyValue(value, 0, []);
  // Found deep down, a cycle's path has gone round it many times: walk again, looking from the top, for the shortest way in.
  if (copy instanceof Fault && copy.what === cycleFound) copy = copyValue(value, depthBeforeCycleChecks, []);
  return copy instanceof Fault ? { ok: false, fault: { path: copy.path, what: copy.what } } : { ok: true, copy };
};

/** `data.items[2].when` style, for messages. */
export const describeJsonPath = (root: string, path: ReadonlyArray<string | number>): string =>
  root + path.map((key) => (typeof key === 'number' ? `[${key}]` : /^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`)).join('');
