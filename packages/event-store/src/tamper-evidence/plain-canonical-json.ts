/**
 * The canonical JSON of plain data, written by plain recursion: the hash chain's hot path.
 * Every event is plain JSON (objects of `Object.prototype` or none, arrays, strings, finite
 * numbers, booleans, null), a few levels deep, so the general writer's own stack, its task
 * objects and its set of open objects (kept for values of any depth and shape) cost most of
 * its time here. Anything else (a `toJSON`, a bigint, another prototype, a depth past
 * `maximumDepth`, which a cycle also reaches) puts the value out of reach: the caller then
 * writes it with the general writer, which gives the same text for everything this writes.
 */

/** Deep enough for any event; shallow enough that recursion never nears the call stack's limit. */
const maximumDepth = 200;

/** Thrown from deep inside the walk to give the value up; never seen outside this file. */
const outOfReach: unique symbol = Symbol('out of reach of the plain writer');

const arrayPrototype: unknown = Array.prototype;
const objectPrototype: unknown = Object.prototype;

/** Text JSON writes as it is between quotes: printable ASCII but the quote and the backslash. */
const printableAscii = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;

/** Short plain text quoted by hand (most of an event's strings: ids, codes, dates, base64); the rest by JSON.stringify, which escapes as JSON does. */
const quoted = (text: string): string => (text.length <= 64 && printableAscii.test(text) ? `"${text}"` : JSON.stringify(text));

/** How an object's key is written before its value: first in its object, and after another member. */
interface KeyTexts {
  readonly first: string;
  readonly next: string;
}

/**
 * Object keys quoted with their colon, as they were first met: events hold a few dozen field
 * names over and over, and a member written as its key's text and its value makes two
 * strings where the key, the colon and the comma made four. Bounded, so data that uses
 * values as keys cannot make it grow without end; a key met once it is full is quoted each time.
 */
const keyTexts = new Map<string, KeyTexts>();
const keyTextsHeld = 512;

const keyTextsOf = (key: string): KeyTexts => {
  let texts = keyTexts.get(key);
  if (texts === undefined) {
    const first = `${quoted(key)}:`;
    texts = { first, next: `,${first}` };
    if (keyTexts.size < keyTextsHeld) keyTexts.set(key, texts);
  }
  return texts;
};

/** What JSON leaves out of an object and writes as null in an array. */
const isLeftOut = (value: unknown): boolean => value === undefined || typeof value === 'function' || typeof value === 'symbol';

const writeArray = (array: ReadonlyArray<unknown>, depth: number): string => {
  if (Object.getPrototypeOf(array) !== arrayPrototype || typeof (array as { toJSON?: unknown }).toJSON === 'function') throw outOfReach;
  let text = '[';
  for (let index = 0; index < array.length; index += 1) {
    if (index > 0) text += ',';
    const item = array[index];
    text += isLeftOut(item) ? 'null' : writeValue(item, depth);
  }
  return text + ']';
};

/** Above this many keys an object's keys are sorted by `Array.prototype.sort`; at or below it, in place by insertion. */
const keysSortedInPlace = 32;

/**
 * Object keys as `Array.prototype.sort` orders them (UTF-16 code units, as `>` compares
 * strings). An event's objects have a few keys, mostly in order already: sorting them in
 * place by insertion touches each once and allocates nothing, where `sort` makes a working
 * copy of every list it is given.
 */
const sortedKeys = (record: object): string[] => {
  const keys = Object.keys(record);
  if (keys.length > keysSortedInPlace) return keys.sort();
  for (let index = 1; index < keys.length; index += 1) {
    const key = keys[index] as string;
    let before = index - 1;
    if ((keys[before] as string) < key) continue;
    while (before >= 0 && (keys[before] as string) > key) {
      keys[before + 1] = keys[before] as string;
      before -= 1;
    }
    keys[before + 1] = key;
  }
  return keys;
};

const writeObject = (record: Record<string, unknown>, depth: number): string => {
  const prototype: unknown = Object.getPrototypeOf(record);
  if ((prototype !== objectPrototype && prototype !== null) || typeof record['toJSON'] === 'function') throw outOfReach;
  let text = '{';
  let first = true;
  for (const key of sortedKeys(record)) {
    const member = record[key];
    if (isLeftOut(member)) continue;
    const texts = keyTextsOf(key);
    text += first ? texts.first : texts.next;
    text += writeValue(member, depth);
    first = false;
  }
  return text + '}';
};

const writeValue = (value: unknown, depth: number): string => {
  switch (typeof value) {
    case 'string':
      return quoted(value);
    case 'number':
      // As JSON.stringify: the shortest text that reads back the same (-0 as 0), and null for what is not finite.
      return Number.isFinite(value) ? String(value) : 'null';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      if (value === null) return 'null';
      if (depth >= maximumDepth) throw outOfReach;
      return Array.isArray(value) ? writeArray(value, depth + 1) : writeObject(value as Record<string, unknown>, depth + 1);
    default:
      // A bigint, or undefined, a function or a symbol where the caller did not leave it out (the top).
      throw outOfReach;
  }
};

/** The canonical JSON of `value` when it is plain data; undefined when it is out of reach. */
export const plainCanonicalJson = (value: unknown): string | undefined => {
  try {
    return writeValue(value, 0);
  } catch (error) {
    if (error === outOfReach) return undefined;
    throw error;
  }
};
