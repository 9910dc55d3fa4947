/**
 * JSON with object keys sorted (by UTF-16 code units, as `Array.prototype.sort` does),
 * no spaces, and JSON's own rules for everything else: `toJSON` is honoured, object
 * properties holding `undefined`, functions or symbols are left out, and those values
 * become `null` inside arrays. So the text is the same for an object before it is
 * stored and for the same object parsed back from storage, whatever the key order:
 * the property a hash over stored events needs.
 */
export const canonicalJson = (value: unknown): string => {
  const form = jsonForm(value);
  if (!hasJsonForm(form)) throw new TypeError('The value has no JSON form (it is undefined, a function or a symbol).');
  const text = new CanonicalText();
  try {
    text.write(form);
  } catch (error) {
    if (error === bigintFound) throw new TypeError(`${bigintPath(value) || 'the value'} is a bigint, which JSON cannot hold.`);
    throw error;
  }
  return text.written;
};

/** Thrown out of the recursion when a bigint turns up; its path is then found by a second, slower walk. */
const bigintFound = Symbol('bigint found');

const jsonForm = (input: unknown): unknown =>
  typeof input === 'object' && input !== null && typeof (input as { toJSON?: unknown }).toJSON === 'function' ? (input as { toJSON: () => unknown }).toJSON() : input;

/** What JSON leaves out of an object, and writes as null in an array. */
const hasJsonForm = (form: unknown): boolean => form !== undefined && typeof form !== 'function' && typeof form !== 'symbol';

/** Text JSON writes as it is between quotes: no quote, backslash, control character or surrogate (lone ones are escaped). */
// eslint-disable-next-line no-control-regex -- the control characters are what JSON escapes, so they are what the test must find.
const plainText = /^[^"\\\u0000-\u001f\ud800-\udfff]*$/;

/** JSON's text for a string, without a call into JSON.stringify for the plain text most strings are. */
const quoted = (text: string): string => (plainText.test(text) ? `"${text}"` : JSON.stringify(text));

/**
 * The text grows in one string as the walk goes, rather than each value returning its
 * own text for its parent to join: the hash chain writes every event this way, and the
 * strings in between were most of the cost. Keys already in order (as many objects'
 * are) are not sorted again.
 */
class CanonicalText {
  written = '';

  /** Writes a value already in its JSON form (its own `toJSON` applied), which must have one. */
  write(value: unknown): void {
    switch (typeof value) {
      case 'string':
        this.written += quoted(value);
        return;
      case 'number':
        this.written += JSON.stringify(value);
        return;
      case 'boolean':
        this.written += value ? 'true' : 'false';
        return;
      case 'bigint':
        // A bigint here is a bug in the writer: events are plain JSON, revisions live in the envelope.
        throw bigintFound;
    }
    if (value === null) this.written += 'null';
    else if (Array.isArray(value)) this.writeArray(value);
    else this.writeObject(value as Record<string, unknown>);
  }

  private writeArray(array: ReadonlyArray<unknown>): void {
    this.written += '[';
    for (let index = 0; index < array.length; index += 1) {
      if (index > 0) this.written += ',';
      const form = jsonForm(array[index]);
      if (hasJsonForm(form)) this.write(form);
      else this.written += 'null';
    }
    this.written += ']';
  }

  private writeObject(record: Record<string, unknown>): void {
    const keys = Object.keys(record);
    if (!inOrder(keys)) keys.sort();
    this.written += '{';
    let first = true;
    for (const key of keys) {
      const form = jsonForm(record[key]);
      if (!hasJsonForm(form)) continue;
      if (!first) this.written += ',';
      first = false;
      this.written += quoted(key);
      this.written += ':';
      this.write(form);
    }
    this.written += '}';
  }
}

/** Whether the keys are already as `Array.prototype.sort` would put them (by UTF-16 code units). */
const inOrder = (keys: ReadonlyArray<string>): boolean => {
  for (let index = 1; index < keys.length; index += 1) if ((keys[index - 1] as string) > (keys[index] as string)) return false;
  return true;
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
