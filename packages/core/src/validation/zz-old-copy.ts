import { either as E } from 'fp-ts';
import { forbiddenFieldNames, forbiddenFieldRefusal } from './exact-object';
import type { InputBreach, InputLimits } from './input-limits';

/** Printable ASCII but for the quote and backslash, which JSON escapes. */
const plainAscii = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;

/** The bytes `text` takes as a JSON string in UTF-8 (quotes and escapes included), or more than `budget` once it is past it. */
const jsonStringBytes = (text: string, budget: number): number => {
  if (text.length + 2 > budget) return budget + 1; // every code unit takes at least a byte
  if (plainAscii.test(text)) return text.length + 2; // most text in a command: one byte a character, nothing escaped
  let bytes = 2;
  for (let index = 0; index < text.length && bytes <= budget; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 0x22 || code === 0x5c) bytes += 2;
    else if (code < 0x20) bytes += code === 0x08 || code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d ? 2 : 6;
    else if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      index += 1;
    } else bytes += code >= 0xd800 && code <= 0xdfff ? 6 : 3; // a lone surrogate is written as \uXXXX
  }
  return bytes;
};

/** Where the walk stopped, and why: the keys from the value up to the input, gathered on the way back up. */
class Breach {
  constructor(
    readonly segments: Array<string | number>,
    readonly explanation: string,
    /** A breach of the input as a whole (its size), reported with an empty path wherever it was found. */
    readonly whole = false,
  ) {}
}

const below = (key: string | number, breach: Breach): Breach => {
  if (!breach.whole) breach.segments.push(key);
  return breach;
};

/** `referral.needs[0]`: the segments read from the input down. */
const pathOf = (breach: Breach): string => {
  let path = '';
  for (let index = breach.segments.length - 1; index >= 0; index -= 1) {
    const key = breach.segments[index] as string | number;
    path += typeof key === 'number' ? `[${key}]` : path === '' ? key : `.${key}`;
  }
  return path;
};

const jsonKinds = 'text, a number, true or false, null, a list or an object';
const expectedJson = (received: string): string => `expected ${jsonKinds}, received ${received}`;
const unreadable = 'expected a value that can be read, received one that failed when read';

/** The deepest `maxDepth` the walk takes: it recurses once a level, and a thousand levels is far inside any call stack. */
const deepestLimit = 1_000;

/**
 * One walk's running count of bytes against its limits. The walk recurses, at most
 * `maxDepth` deep (checked before it descends), and builds nothing for a value it copies
 * but the copy: a breach's path is gathered only on the way back up from it.
 */
class Walk {
  bytes = 0;
  constructor(
    readonly maxBytes: number,
    readonly maxDepth: number,
  ) {}

  private tooLarge(): Breach {
    return new Breach([], `expected at most ${this.maxBytes.toLocaleString('en-GB')} bytes as JSON, received more`, true);
  }

  /** A plain copy of `value`, nested `depth` objects or lists deep (the input is 1), or where it breaks the limits. */
  copy(value: unknown, depth: number): unknown {
    switch (typeof value) {
      case 'string':
        this.bytes += jsonStringBytes(value, this.maxBytes - this.bytes);
        return this.bytes > this.maxBytes ? this.tooLarge() : value;
      case 'number':
        if (!Number.isFinite(value)) return new Breach([], `expected a finite number, received ${String(value)}`);
        this.bytes += String(value).length;
        return this.bytes > this.maxBytes ? this.tooLarge() : value;
      case 'boolean':
        this.bytes += value ? 4 : 5;
        return this.bytes > this.maxBytes ? this.tooLarge() : value;
      case 'object':
        if (value === null) {
          this.bytes += 4;
          return this.bytes > this.maxBytes ? this.tooLarge() : null;
        }
        if (depth > this.maxDepth) return new Breach([], `expected a value nested at most ${this.maxDepth} objects or lists deep, received one nested deeper`);
        try {
          return Array.isArray(value) ? this.copyList(value, depth) : this.copyObject(value, depth);
        } catch {
          // A proxy whose traps throw, or a revoked one: the value itself cannot be read.
          return new Breach([], unreadable);
        }
      default:
        return new Breach([], expectedJson(typeof value === 'undefined' ? 'nothing' : `a ${typeof value}`));
    }
  }

  private copyList(list: ReadonlyArray<unknown>, depth: number): unknown {
    if (Object.getPrototypeOf(list) !== Array.prototype) return new Breach([], 'expected a plain list, received a list of another kind');
    const length = list.length;
    this.bytes += 2 + Math.max(0, length - 1);
    if (this.bytes > this.maxBytes) return this.tooLarge();
    const copy = new Array<unknown>(length);
    for (let index = 0; index < length; index += 1) {
      let item: unknown;
      try {
        item = list[index];
      } catch {
        return below(index, new Breach([], unreadable));
      }
      if (item === undefined && !(index in list)) return below(index, new Breach([], 'expected an item, received a gap in the list'));
      const copied = this.copy(item, depth + 1);
      if (copied instanceof Breach) return below(index, copied);
      copy[index] = copied;
    }
    return copy;
  }

  private copyObject(object: object, depth: number): unknown {
    const prototype: unknown = Object.getPrototypeOf(object);
    if (prototype !== Object.prototype && prototype !== null) return new Breach([], 'expected a plain object, received an instance of a class (such as a date or a map)');
    const keys = Object.keys(object);
    const copy: Record<string, unknown> = {};
    let fields = 0;
    for (const key of keys) {
      let value: unknown;
      try {
        value = (object as Record<string, unknown>)[key];
      } catch {
        return below(key, new Breach([], unreadable));
      }
      if (forbiddenFieldNames.has(key)) return below(key, new Breach([], forbiddenFieldRefusal.name));
      // JSON leaves out a field holding nothing, so the copy does too, and its name takes no bytes.
      if (value === undefined) continue;
      fields += 1;
      this.bytes += jsonStringBytes(key, this.maxBytes - this.bytes) + 1;
      if (this.bytes > this.maxBytes) return this.tooLarge();
      const copied = this.copy(value, depth + 1);
      if (copied instanceof Breach) return below(key, copied);
      copy[key] = copied;
    }
    this.bytes += 2 + Math.max(0, fields - 1);
    return this.bytes > this.maxBytes ? this.tooLarge() : copy;
  }
}

/**
 * A plain copy of `input` (objects with `Object.prototype`, lists without gaps, JSON's
 * values only), or the first place it breaks `limits`: too many bytes as JSON, nested
 * too deep, a field named `__proto__`, `constructor` or `prototype`, a value JSON
 * cannot hold (NaN, a bigint, a function, a class instance such as a date). The walk
 * never goes deeper than `limits.maxDepth` (at most 1,000), so no input can exhaust the
 * call stack, and it stops at the first breach, so a 10 MB string costs no more than a
 * short one. Each field is read once, here: decoding the copy, never the caller's
 * object, means no getter or proxy of theirs runs during decoding, and nothing decoded
 * shares an object with what they hold. Input that throws when read (a getter that
 * throws, a revoked proxy) is a breach, not an exception.
 */
export const plainCopyWithinLimits = (input: unknown, limits: InputLimits): E.Either<InputBreach, unknown> => {
  const { maxBytes, maxDepth } = limits;
  if (!(Number.isSafeInteger(maxDepth) && maxDepth >= 1 && maxDepth <= deepestLimit)) {
    throw new RangeError(`An input's depth limit must be a whole number from 1 to ${deepestLimit.toLocaleString('en-GB')}, but was ${String(maxDepth)}.`);
  }
  // Nothing at all is left for the codec to refuse in its own words, as JSON has no such value to copy.
  if (input === undefined) return E.right(undefined);
  const copied = new Walk(maxBytes, maxDepth).copy(input, 1);
  return copied instanceof Breach ? E.left({ path: pathOf(copied), explanation: copied.explanation }) : E.right(copied);
};
