import { jsonForm, writeJson } from './json-writer';
import { plainCanonicalJson } from './plain-canonical-json';

/**
 * JSON with object keys sorted (by UTF-16 code units, as `Array.prototype.sort` does),
 * no spaces, and JSON's own rules for everything else: `toJSON` is honoured, object
 * properties holding `undefined`, functions or symbols are left out, and those values
 * become `null` inside arrays. So the text is the same for an object before it is
 * stored and for the same object parsed back from storage, whatever the key order:
 * the property a hash over stored events needs. Written by `writeJson`, which keeps
 * its own stack: a stored value nested 100,000 deep never exhausts the call stack.
 * Plain data (every event) is written by `plainCanonicalJson`, to the same text, faster.
 */
export const canonicalJson = (value: unknown): string => {
  let text = plainCanonicalJson(value);
  if (text !== undefined) return text;
  try {
    text = writeJson(value, { sortKeys: true, bigint: refuseBigint });
  } catch (error) {
    if (error === bigintFound) throw new TypeError(`${bigintPath(value) || 'the value'} is a bigint, which JSON cannot hold.`);
    throw error;
  }
  if (text === undefined) throw new TypeError('The value has no JSON form (it is undefined, a function or a symbol).');
  return text;
};

/** Thrown by the writer when a bigint turns up; its path is then found by a second, slower walk. */
const bigintFound = Symbol('bigint found');

const refuseBigint = (): string => {
  // A bigint here is a bug in the writer: events are plain JSON, revisions live in the envelope.
  throw bigintFound;
};

/** Where the first bigint is, as `data.items[2].count` (empty for a bigint at the top); undefined when there is none. Keeps its own stack. */
const bigintPath = (input: unknown): string | undefined => {
  const pending: Array<{ readonly value: unknown; readonly path: string }> = [{ value: input, path: '' }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const value = jsonForm(next.value);
    if (typeof value === 'bigint') return next.path;
    if (typeof value !== 'object' || value === null) continue;
    const entries = Object.entries(value);
    for (let index = entries.length - 1; index >= 0; index -= 1) {
      const [key, inner] = entries[index] as [string, unknown];
      pending.push({ value: inner, path: Array.isArray(value) ? `${next.path}[${key}]` : next.path === '' ? key : `${next.path}.${key}` });
    }
  }
  return undefined;
};
