/**
 * JSON with object keys sorted (by UTF-16 code units, as `Array.prototype.sort` does),
 * no spaces, and JSON's own rules for everything else: `toJSON` is honoured, object
 * properties holding `undefined`, functions or symbols are left out, and those values
 * become `null` inside arrays. So the text is the same for an object before it is
 * stored and for the same object parsed back from storage, whatever the key order:
 * the property a hash over stored events needs.
 */
export const canonicalJson = (value: unknown): string => {
  let text: string | undefined;
  try {
    text = write(value);
  } catch (error) {
    if (error === bigintFound) throw new TypeError(`${bigintPath(value) || 'the value'} is a bigint, which JSON cannot hold.`);
    throw error;
  }
  if (text === undefined) throw new TypeError('The value has no JSON form (it is undefined, a function or a symbol).');
  return text;
};

/** Thrown out of the recursion when a bigint turns up; its path is then found by a second, slower walk. */
const bigintFound = Symbol('bigint found');

const jsonForm = (input: unknown): unknown =>
  typeof input === 'object' && input !== null && typeof (input as { toJSON?: unknown }).toJSON === 'function' ? (input as { toJSON: () => unknown }).toJSON() : input;

const write = (input: unknown): string | undefined => {
  const value = jsonForm(input);
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'boolean':
      return JSON.stringify(value);
    case 'undefined':
    case 'function':
    case 'symbol':
      return undefined;
    case 'bigint':
      // A bigint here is a bug in the writer: events are plain JSON, revisions live in the envelope.
      throw bigintFound;
  }
  if (value === null) return 'null';
  if (Array.isArray(value)) return `[${value.map((item) => write(item) ?? 'null').join(',')}]`;
  const record = value as Record<string, unknown>;
  let members = '';
  for (const key of Object.keys(record).sort()) {
    const member = write(record[key]);
    if (member !== undefined) members += `${members === '' ? '' : ','}${JSON.stringify(key)}:${member}`;
  }
  return `{${members}}`;
};

/** Where the first bigint is, as `data.items[2].count` (empty for a bigint at the top); undefined when there is none. */
const bigintPath = (input: unknown, path = ''): string | undefined => {
  const value = jsonForm(input);
  if (typeof value === 'bigint') return path;
  if (typeof value !== 'object' || value === null) return undefined;
  for (const [key, inner] of Object.entries(value)) {
    const found = bigintPath(inner, Array.isArray(value) ? `${path}[${key}]` : path === '' ? key : `${path}.${key}`);
    if (found !== undefined) return found;
  }
  return undefined;
};
