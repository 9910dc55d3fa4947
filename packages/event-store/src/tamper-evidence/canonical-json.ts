/**
 * JSON with object keys sorted (by UTF-16 code units, as `Array.prototype.sort` does),
 * no spaces, and JSON's own rules for everything else: `toJSON` is honoured, object
 * properties holding `undefined`, functions or symbols are left out, and those values
 * become `null` inside arrays. So the text is the same for an object before it is
 * stored and for the same object parsed back from storage, whatever the key order:
 * the property a hash over stored events needs.
 */
export const canonicalJson = (value: unknown): string => {
  const text = write(value, '');
  if (text === undefined) throw new TypeError('The value has no JSON form (it is undefined, a function or a symbol).');
  return text;
};

const isOmitted = (value: unknown): boolean => value === undefined || typeof value === 'function' || typeof value === 'symbol';

const write = (input: unknown, path: string): string | undefined => {
  const value = hasToJson(input) ? input.toJSON() : input;
  if (isOmitted(value)) return undefined;
  if (value === null || typeof value === 'boolean' || typeof value === 'number' || typeof value === 'string') {
    return JSON.stringify(value);
  }
  // A bigint here is a bug in the writer: events are plain JSON, revisions live in the envelope.
  if (typeof value === 'bigint') throw new TypeError(`${path || 'the value'} is a bigint, which JSON cannot hold.`);
  if (Array.isArray(value)) {
    return `[${value.map((item, index) => write(item, `${path}[${index}]`) ?? 'null').join(',')}]`;
  }
  const record = value as Record<string, unknown>;
  const members: string[] = [];
  for (const key of Object.keys(record).sort()) {
    const member = write(record[key], path === '' ? key : `${path}.${key}`);
    if (member !== undefined) members.push(`${JSON.stringify(key)}:${member}`);
  }
  return `{${members.join(',')}}`;
};

const hasToJson = (value: unknown): value is { toJSON: () => unknown } =>
  typeof value === 'object' && value !== null && typeof (value as { toJSON?: unknown }).toJSON === 'function';
