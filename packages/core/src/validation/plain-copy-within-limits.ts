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

type Container = Record<string, unknown> | unknown[];

/** A value still to check and copy into `into[key]`; its path is built from `parent` only when it is reported. */
interface Pending {
  readonly value: unknown;
  readonly depth: number;
  readonly into: Container;
  readonly key: string | number;
  readonly parent: Pending | undefined;
}

const jsonKinds = 'text, a number, true or false, null, a list or an object';
const expectedJson = (received: string): string => `expected ${jsonKinds}, received ${received}`;

/** `referral.needs[0]`: the path of a pending value, empty for the input itself. */
const pathOf = (pending: Pending | undefined): string => {
  const segments: string[] = [];
  for (let at = pending; at?.parent !== undefined; at = at.parent) segments.push(typeof at.key === 'number' ? `[${at.key}]` : `.${at.key}`);
  return segments.reverse().join('').replace(/^\./, '');
};

const breach = (pending: Pending | undefined, explanation: string): E.Either<InputBreach, never> => E.left({ path: pathOf(pending), explanation });

const unreadable = 'expected a value that can be read, received one that failed when read';

/** Reads one field or item, once, into a pending entry; a getter or proxy that throws is a breach at that field. */
const readField = (container: object, key: string | number, depth: number, into: Container, parent: Pending): E.Either<InputBreach, Pending> => {
  try {
    return E.right({ value: (container as Record<string | number, unknown>)[key], depth, into, key, parent });
  } catch {
    return breach({ value: undefined, depth, into, key, parent }, unreadable);
  }
};

/**
 * A plain copy of `input` (objects with `Object.prototype`, lists without gaps, JSON's
 * values only), or the first place it breaks `limits`: too many bytes as JSON, nested
 * too deep, a field named `__proto__`, `constructor` or `prototype`, a value JSON
 * cannot hold (NaN, a bigint, a function, a class instance such as a date). The walk
 * keeps its own stack, so no depth of input can exhaust the call stack, and it stops
 * at the first breach, so a 10 MB string costs no more than a short one. Each field is
 * read once, here: decoding the copy, never the caller's object, means no getter or
 * proxy of theirs runs during decoding, and nothing decoded shares an object with what
 * they hold. Input that throws when read (a getter that throws, a revoked proxy) is a
 * breach, not an exception.
 */
export const plainCopyWithinLimits = (input: unknown, limits: InputLimits): E.Either<InputBreach, unknown> => {
  const root: Record<string, unknown> = {};
  const stack: Pending[] = [{ value: input, depth: 1, into: root, key: 'input', parent: undefined }];
  const { maxBytes, maxDepth } = limits;
  const tooLarge = (): E.Either<InputBreach, never> => E.left({ path: '', explanation: `expected at most ${maxBytes.toLocaleString('en-GB')} bytes as JSON, received more` });
  let bytes = 0;
  let pending: Pending | undefined;
  try {
    for (pending = stack.pop(); pending !== undefined; pending = stack.pop()) {
      const { value, depth, into, key } = pending;
      let copy: unknown = value;
      switch (typeof value) {
        case 'string':
          bytes += jsonStringBytes(value, maxBytes - bytes);
          break;
        case 'number':
          if (!Number.isFinite(value)) return breach(pending, `expected a finite number, received ${String(value)}`);
          bytes += String(value).length;
          break;
        case 'boolean':
          bytes += value ? 4 : 5;
          break;
        case 'undefined':
          // JSON leaves out a field holding nothing, so the copy does too; a list cannot hold nothing.
          if (Array.isArray(into)) return breach(pending, expectedJson('nothing'));
          continue;
        case 'object': {
          if (value === null) {
            bytes += 4;
            break;
          }
          if (depth > maxDepth) return breach(pending, `expected a value nested at most ${maxDepth} objects or lists deep, received one nested deeper`);
          const prototype: unknown = Object.getPrototypeOf(value);
          if (Array.isArray(value)) {
            if (prototype !== Array.prototype) return breach(pending, 'expected a plain list, received a list of another kind');
            const length = value.length;
            bytes += 2 + Math.max(0, length - 1);
            if (bytes > maxBytes) return tooLarge();
            const list = new Array<unknown>(length);
            for (let index = length - 1; index >= 0; index -= 1) {
              const read = readField(value, index, depth + 1, list, pending);
              if (E.isLeft(read)) return read;
              const next = read.right;
              const item = next.value;
              if (item === undefined && !(index in value)) return breach(next, 'expected an item, received a gap in the list');
              stack.push(next);
            }
            copy = list;
            break;
          }
          if (prototype !== Object.prototype && prototype !== null) return breach(pending, 'expected a plain object, received an instance of a class (such as a date or a map)');
          const keys = Object.keys(value);
          bytes += 2 + Math.max(0, keys.length - 1);
          const record: Record<string, unknown> = {};
          for (const field of keys) {
            const read = readField(value, field, depth + 1, record, pending);
            if (E.isLeft(read)) return read;
            const next = read.right;
            if (forbiddenFieldNames.has(field)) return breach(next, forbiddenFieldRefusal.name);
            bytes += jsonStringBytes(field, maxBytes - bytes) + 1;
            if (bytes > maxBytes) return tooLarge();
            stack.push(next);
          }
          copy = record;
          break;
        }
        default:
          return breach(pending, expectedJson(`a ${typeof value}`));
      }
      if (bytes > maxBytes) return tooLarge();
      if (typeof key === 'number') (into as unknown[])[key] = copy;
      else (into as Record<string, unknown>)[key] = copy;
    }
  } catch {
    return breach(pending, unreadable);
  }
  return E.right(root['input']);
};
