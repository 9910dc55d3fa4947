import { either as E } from 'fp-ts';
import { forbiddenFieldNames, forbiddenFieldRefusal } from './exact-object';
import type { InputBreach, InputLimits } from './input-limits';

/** The bytes `text` takes as a JSON string in UTF-8 (quotes and escapes included), or more than `budget` once it is past it. */
const jsonStringBytes = (text: string, budget: number): number => {
  if (text.length + 2 > budget) return budget + 1; // every code unit takes at least a byte
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

interface Pending {
  readonly value: unknown;
  readonly path: string;
  readonly depth: number;
  readonly into: Container;
  readonly key: string | number;
}

const jsonKinds = 'text, a number, true or false, null, a list or an object';
const expectedJson = (received: string): string => `expected ${jsonKinds}, received ${received}`;

const fieldPath = (path: string, key: string): string => (path === '' ? key : `${path}.${key}`);

/**
 * A plain copy of `input` (objects with `Object.prototype`, lists without gaps, JSON's
 * values only), or the first place it breaks `limits`: too many bytes as JSON, nested
 * too deep, a field named `__proto__`, `constructor` or `prototype`, a getter, a value
 * JSON cannot hold (NaN, a bigint, a function, a class instance). The walk keeps its
 * own stack, so no depth of input can exhaust the call stack, and it stops at the first
 * breach, so a 10 MB string costs no more than a short one. Decoding the copy, never
 * the caller's object, means no getter or proxy of theirs runs during decoding and
 * nothing decoded shares an object with what they hold. Reading input that throws (a
 * revoked proxy) is a breach, not an exception.
 */
export const plainCopyWithinLimits = (input: unknown, limits: InputLimits): E.Either<InputBreach, unknown> => {
  const root: Record<string, unknown> = {};
  const stack: Pending[] = [{ value: input, path: '', depth: 1, into: root, key: 'input' }];
  let bytes = 0;
  const tooLarge: InputBreach = { path: '', explanation: `expected at most ${limits.maxBytes.toLocaleString('en-GB')} bytes as JSON, received more` };
  let path = '';
  try {
    for (let pending = stack.pop(); pending !== undefined; pending = stack.pop()) {
      const { value, depth, into, key } = pending;
      path = pending.path;
      const place = (copy: unknown): void => {
        if (Array.isArray(into)) into[key as number] = copy;
        else into[key as string] = copy;
      };
      switch (typeof value) {
        case 'string':
          bytes += jsonStringBytes(value, limits.maxBytes - bytes);
          place(value);
          break;
        case 'number':
          if (!Number.isFinite(value)) return E.left({ path, explanation: `expected a finite number, received ${String(value)}` });
          bytes += String(value).length;
          place(value);
          break;
        case 'boolean':
          bytes += value ? 4 : 5;
          place(value);
          break;
        case 'undefined':
          // JSON leaves out a field holding nothing, so the copy does too; a list cannot hold nothing.
          if (Array.isArray(into)) return E.left({ path, explanation: expectedJson('nothing') });
          break;
        case 'object': {
          if (value === null) {
            bytes += 4;
            place(null);
            break;
          }
          if (depth > limits.maxDepth) return E.left({ path, explanation: `expected a value nested at most ${limits.maxDepth} objects or lists deep, received one nested deeper` });
          const prototype: unknown = Object.getPrototypeOf(value);
          if (Array.isArray(value)) {
            if (prototype !== Array.prototype) return E.left({ path, explanation: 'expected a plain list, received a list of another kind' });
            const length = value.length;
            bytes += 2 + Math.max(0, length - 1);
            if (bytes > limits.maxBytes) return E.left(tooLarge);
            const copy: unknown[] = new Array<unknown>(length);
            place(copy);
            for (let index = length - 1; index >= 0; index -= 1) {
              const descriptor = Object.getOwnPropertyDescriptor(value, index);
              const itemPath = `${path}[${index}]`;
              if (descriptor === undefined) return E.left({ path: itemPath, explanation: 'expected an item, received a gap in the list' });
              if (!('value' in descriptor)) return E.left({ path: itemPath, explanation: 'expected a value, received a getter' });
              stack.push({ value: descriptor.value, path: itemPath, depth: depth + 1, into: copy, key: index });
            }
            break;
          }
          if (prototype !== Object.prototype && prototype !== null) return E.left({ path, explanation: 'expected a plain object, received an instance of a class (such as a date or a map)' });
          const keys = Object.keys(value);
          bytes += 2 + Math.max(0, keys.length - 1);
          const copy: Record<string, unknown> = {};
          place(copy);
          for (const field of keys) {
            const inner = fieldPath(path, field);
            if (forbiddenFieldNames.has(field)) return E.left({ path: inner, explanation: forbiddenFieldRefusal.name });
            const descriptor = Object.getOwnPropertyDescriptor(value, field);
            if (descriptor === undefined || !('value' in descriptor)) return E.left({ path: inner, explanation: 'expected a value, received a getter' });
            bytes += jsonStringBytes(field, limits.maxBytes - bytes) + 1;
            if (bytes > limits.maxBytes) return E.left(tooLarge);
            stack.push({ value: descriptor.value, path: inner, depth: depth + 1, into: copy, key: field });
          }
          break;
        }
        default:
          return E.left({ path, explanation: expectedJson(`a ${typeof value}`) });
      }
      if (bytes > limits.maxBytes) return E.left(tooLarge);
    }
  } catch {
    return E.left({ path, explanation: 'expected a value that can be read, received one that failed when read' });
  }
  return E.right(root['input']);
};
