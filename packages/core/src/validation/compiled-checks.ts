import * as t from 'io-ts';
import { fieldRefusingCodecs, forbiddenFieldNames, listLengthLimits } from './codec-marks';
import type { InputLimits } from './input-limits';

/**
 * Checks built once from a codec's tree, for the values that pass: io-ts walks a codec
 * through generic combinators (an `is` per field, a context entry per field when it
 * validates), and input from outside is walked twice more (a bounded copy, then the exact
 * objects' check for unknown fields). A compiled check walks a value once, reads each field
 * once (a tagged union's tag twice: once to choose the member, once as the member's field;
 * should a getter answer differently the second time, the member refuses it), and answers with the value (or its copy) when it passes, or `notPassed` when it does
 * not or when it cannot tell: the caller then asks io-ts, whose answer stands, errors and all.
 *
 * A check is at least as strict as the codec's `is`, never less: a value it passes is one
 * the codec accepts (and, for a codec that decodes valid input to itself, decodes to that
 * value). It refuses, leaving the answer to io-ts, whatever it was not built to judge: an
 * object whose prototype is not `Object.prototype` or null, a list that is not a plain
 * array, an object codec it cannot flatten into fields.
 */
export const notPassed: unique symbol = Symbol('not passed');

type Check = (value: unknown, depth: number) => unknown;

interface Build {
  /** Copy what passes (for input from outside), counting its size and depth against the limits; otherwise answer with the value itself. */
  readonly copy: boolean;
  readonly maxBytes: number;
  readonly maxDepth: number;
  /** The running size of the copy, counted as `plainCopyWithinLimits` counts roughly: every string at 6 bytes a code unit, every number at 24. */
  readonly tally: { bytes: number };
}

const hasOwnProperty = Object.prototype.hasOwnProperty;

/** Why a codec's tree cannot be compiled: the caller then keeps io-ts's walk alone. */
class NotCompilable extends Error {}

/** Whether `codec` holds objects or lists that this module walks itself, rather than values its `is` judges whole. */
const isStructural = (codec: t.Mixed): boolean => {
  if (codec instanceof t.InterfaceType || codec instanceof t.PartialType || codec instanceof t.IntersectionType || codec instanceof t.ExactType) return true;
  if (codec instanceof t.ArrayType || codec instanceof t.ReadonlyArrayType) return true;
  if (codec instanceof t.RefinementType || codec instanceof t.ReadonlyType) return isStructural(codec.type as t.Mixed);
  if (codec instanceof t.UnionType) return (codec.types as ReadonlyArray<t.Mixed>).some(isStructural);
  return false;
};

/** Text, a finite number, true, false or null, with its rough size counted; false for anything else or once past the size limit. */
const countedPrimitive = (value: unknown, build: Build): boolean => {
  const { tally } = build;
  switch (typeof value) {
    case 'string':
      tally.bytes += 6 * value.length + 2;
      break;
    case 'number':
      if (!Number.isFinite(value)) return false;
      tally.bytes += 24;
      break;
    case 'boolean':
      tally.bytes += value ? 4 : 5;
      break;
    case 'object':
      if (value !== null) return false;
      tally.bytes += 4;
      break;
    default:
      return false;
  }
  return tally.bytes <= build.maxBytes;
};

/** A value the codec's own `is` judges whole: a literal, a word from a list, a checked string, a union of such. */
const leafCheck = (codec: t.Mixed, build: Build): Check => {
  if (codec instanceof t.LiteralType) {
    const literal: unknown = codec.value;
    return build.copy ? (value) => (value === literal && countedPrimitive(value, build) ? value : notPassed) : (value) => (value === literal ? value : notPassed);
  }
  const is = codec.is.bind(codec);
  return build.copy ? (value) => (countedPrimitive(value, build) && is(value) ? value : notPassed) : (value) => (is(value) ? value : notPassed);
};

interface Field {
  readonly required: boolean;
  readonly checks: Check[];
}

/**
 * The fields of an object codec, flattened: an interface's are required, a partial's
 * optional, an intersection's its members' (a field two members define is checked by
 * both), and a refinement's predicate is kept to be asked of the whole object.
 */
const gatherFields = (codec: t.Mixed, fields: Map<string, Field>, predicates: Array<(value: unknown) => boolean>, build: Build): void => {
  if (codec instanceof t.InterfaceType || codec instanceof t.PartialType) {
    const required = codec instanceof t.InterfaceType;
    for (const [name, field] of Object.entries(codec.props as t.Props)) {
      if (forbiddenFieldNames.has(name)) throw new NotCompilable(`defines a field named ${name}`);
      const known = fields.get(name);
      const check = compileCheck(field, build);
      if (known === undefined) fields.set(name, { required, checks: [check] });
      else fields.set(name, { required: known.required || required, checks: [...known.checks, check] });
    }
    return;
  }
  if (codec instanceof t.IntersectionType) {
    for (const member of codec.types as ReadonlyArray<t.Mixed>) gatherFields(member, fields, predicates, build);
    return;
  }
  if (codec instanceof t.RefinementType) {
    gatherFields(codec.type as t.Mixed, fields, predicates, build);
    predicates.push(codec.predicate as (value: unknown) => boolean);
    return;
  }
  if (codec instanceof t.ReadonlyType) return gatherFields(codec.type as t.Mixed, fields, predicates, build);
  // An exact member of an intersection refuses the other members' fields: only io-ts can say what that means.
  throw new NotCompilable(`cannot flatten ${codec.name} into fields`);
};

const isPlainObject = (value: unknown): value is Record<string, unknown> => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
};

/**
 * An object codec's check, written out as code for its fields (built with `new Function`
 * from this codec's own field names, never from input): each own field read once, as the
 * input lists them, by a `switch` on its name; each checked by its own field's check, called
 * from a place of its own so the engine can inline it; and the copy built as one object
 * literal, its required fields in the codec's order, then whichever optional ones are there,
 * whatever order the input gave them in. (Copying field by field under names only known as
 * the input is read, in its order, made every object a new shape, and was half of the
 * check's time.) A field holding `undefined` counts as absent,
 * as JSON leaves it out. `refusesOthers`: any other field fails the check (the codecs `exact`
 * builds); otherwise other fields are passed over, which only a check that does not copy may do.
 */
const objectCheck = (codec: t.Mixed, refusesOthers: boolean, build: Build): Check => {
  if (build.copy && !refusesOthers) throw new NotCompilable(`${codec.name} lets other fields through, and a copy would have to copy them blind`);
  const fields = new Map<string, Field>();
  const predicates: Array<(value: unknown) => boolean> = [];
  gatherFields(codec, fields, predicates, build);
  const named = [...fields].map(([name, field], slot) => ({ name, literal: JSON.stringify(name), slot, ...field }));
  // Field `slot`'s checks are the parameters `check<slot>_<n>`, given in the order `checks` lists them.
  const checks = named.flatMap((field) => field.checks);
  const checkParameters = named.flatMap((field) => field.checks.map((_check, index) => `check${field.slot}_${index}`));
  const { copy } = build;
  const checked = (field: (typeof named)[number]): string =>
    field.checks
      .map((_check, index) => `${index === 0 ? 'let ' : ''}c${field.slot} = check${field.slot}_${index}(v${field.slot}, depth + 1);\n    if (c${field.slot} === notPassed) return notPassed;`)
      .join('\n    ');
  const required = named.filter((field) => field.required);
  const optional = named.filter((field) => !field.required);
  const body = `
  return (value, depth) => {
    if (!isPlainObject(value) || depth > maxDepth) return notPassed;
    ${named.map((field) => `let v${field.slot};`).join(' ')}
    let present = 0;
    for (const name in value) {
      if (!hasOwnProperty.call(value, name)) continue;
      const item = value[name];
      if (item === undefined) continue;
      switch (name) {
        ${named.map((field) => `case ${field.literal}: v${field.slot} = item; break;`).join('\n        ')}
        default: ${refusesOthers ? 'return notPassed;' : 'continue;'}
      }
      present += 1;
      ${copy ? 'tally.bytes += 6 * name.length + 3;' : ''}
    }
    ${required.length === 0 ? '' : `if (${required.map((field) => `v${field.slot} === undefined`).join(' || ')}) return notPassed;`}
    ${copy ? 'if ((tally.bytes += 2 + Math.max(0, present - 1)) > maxBytes) return notPassed;' : ''}
    ${required.map(checked).join('\n    ')}
    const result = ${copy ? `{ ${required.map((field) => `${field.literal}: c${field.slot}`).join(', ')} }` : 'value'};
    ${optional.map((field) => `if (v${field.slot} !== undefined) {\n      ${checked(field)}\n      ${copy ? `result[${field.literal}] = c${field.slot};` : ''}\n    }`).join('\n    ')}
    ${predicates.map((_predicate, index) => `if (!predicate${index}(result)) return notPassed;`).join('\n    ')}
    return result;
  };`;
  const parameters = ['notPassed', 'isPlainObject', 'hasOwnProperty', 'tally', 'maxBytes', 'maxDepth', ...checkParameters, ...predicates.map((_predicate, index) => `predicate${index}`)];
  let factory: (...values: unknown[]) => Check;
  try {
    // The code is written from the codec's own field names alone, each quoted by JSON.stringify: nothing of the input reaches it.
    factory = new Function(...parameters, body) as (...values: unknown[]) => Check;
  } catch (error) {
    // A process that forbids code from strings (node --disallow-code-generation-from-strings) decodes the long way.
    throw new NotCompilable(`its check cannot be written as code here: ${(error as Error).message}`);
  }
  return factory(notPassed, isPlainObject, hasOwnProperty, build.tally, build.maxBytes, build.maxDepth, ...checks, ...predicates);
};

/** A list codec's check: a plain array, no longer than a `listOf` allows, no gaps, each item checked. */
const listCheck = (codec: t.ArrayType<t.Mixed> | t.ReadonlyArrayType<t.Mixed>, build: Build): Check => {
  const item = compileCheck(codec.type, build);
  const maxLength = listLengthLimits.get(codec) ?? Number.POSITIVE_INFINITY;
  // A list codec not built by `listOf` may check more in its `is` than its items: it is asked too.
  const is = listLengthLimits.has(codec) ? undefined : codec.is.bind(codec);
  const { copy, maxDepth, tally } = build;
  return (value, depth) => {
    if (!Array.isArray(value) || Object.getPrototypeOf(value) !== Array.prototype || depth > maxDepth) return notPassed;
    const length = value.length;
    if (length > maxLength) return notPassed;
    if (copy && (tally.bytes += 2 + Math.max(0, length - 1)) > build.maxBytes) return notPassed;
    const result: unknown[] | undefined = copy ? new Array<unknown>(length) : undefined;
    for (let index = 0; index < length; index += 1) {
      const entry: unknown = value[index];
      // A gap, or an item holding nothing: neither is JSON.
      if (entry === undefined) return notPassed;
      const checked = item(entry, depth + 1);
      if (checked === notPassed) return notPassed;
      if (result !== undefined) result[index] = checked;
    }
    const checkedList = result ?? value;
    return is === undefined || is(checkedList) ? checkedList : notPassed;
  };
};

/** The required fields of an object codec that hold one literal each, with their literal. */
const literalFields = (codec: t.Mixed): Map<string, unknown> => {
  if (codec instanceof t.InterfaceType) {
    const literals = new Map<string, unknown>();
    for (const [name, field] of Object.entries(codec.props as t.Props)) if (field instanceof t.LiteralType) literals.set(name, field.value);
    return literals;
  }
  if (codec instanceof t.IntersectionType) return new Map((codec.types as ReadonlyArray<t.Mixed>).flatMap((member) => [...literalFields(member)]));
  if (codec instanceof t.ExactType || codec instanceof t.RefinementType || codec instanceof t.ReadonlyType) return literalFields(codec.type as t.Mixed);
  return new Map();
};

/** A field every member holds a literal in, a different one each: the union's tag, and which member each literal names. */
const tagOf = (members: ReadonlyArray<t.Mixed>): { readonly tag: string; readonly memberOf: Map<unknown, number> } | undefined => {
  const literals = members.map(literalFields);
  for (const tag of literals[0]?.keys() ?? []) {
    const memberOf = new Map<unknown, number>();
    literals.forEach((fields, member) => {
      if (fields.has(tag) && !memberOf.has(fields.get(tag))) memberOf.set(fields.get(tag), member);
    });
    if (memberOf.size === members.length) return { tag, memberOf };
  }
  return undefined;
};

/** A union's check: by its tag when every member has one (as io-ts's own tagged unions find), else each member in turn. */
const unionCheck = (codec: t.UnionType<[t.Mixed, t.Mixed, ...Array<t.Mixed>]>, build: Build): Check => {
  const types = codec.types as ReadonlyArray<t.Mixed>;
  const members = types.map((member) => compileCheck(member, build));
  const tagged = tagOf(types);
  const { tally } = build;
  if (tagged !== undefined) {
    const { tag, memberOf } = tagged;
    const byTag = new Map<unknown, Check>([...memberOf].map(([literal, member]) => [literal, members[member] as Check]));
    return (value, depth) => {
      if (!isPlainObject(value)) return notPassed;
      const member = byTag.get(value[tag]);
      return member === undefined ? notPassed : member(value, depth);
    };
  }
  return (value, depth) => {
    const before = tally.bytes;
    for (const member of members) {
      const checked = member(value, depth);
      if (checked !== notPassed) return checked;
      tally.bytes = before;
    }
    return notPassed;
  };
};

const compileCheck = (codec: t.Mixed, build: Build): Check => {
  if (!isStructural(codec)) return leafCheck(codec, build);
  if (codec instanceof t.ExactType) {
    if (fieldRefusingCodecs.has(codec)) return objectCheck(codec.type as t.Mixed, true, build);
    // io-ts's own `t.exact` drops other fields when it decodes, and its `is` lets them be.
    if (build.copy) throw new NotCompilable(`${codec.name} drops other fields when it decodes`);
    return objectCheck(codec.type as t.Mixed, false, build);
  }
  if (codec instanceof t.InterfaceType || codec instanceof t.PartialType || codec instanceof t.IntersectionType) return objectCheck(codec, false, build);
  if (codec instanceof t.ArrayType || codec instanceof t.ReadonlyArrayType) return listCheck(codec, build);
  if (codec instanceof t.UnionType) return unionCheck(codec, build);
  if (codec instanceof t.ReadonlyType) return compileCheck(codec.type as t.Mixed, build);
  if (codec instanceof t.RefinementType) {
    const inner = compileCheck(codec.type as t.Mixed, build);
    const predicate = codec.predicate as (value: unknown) => boolean;
    return (value, depth) => {
      const checked = inner(value, depth);
      return checked === notPassed || !predicate(checked) ? notPassed : checked;
    };
  }
  throw new NotCompilable(`${codec.name} is of a kind not compiled`);
};

/** What a compiled check answers: the value, or its copy, when it passes; `notPassed` otherwise. */
export type CompiledCheck = (input: unknown) => unknown;

/** The check `build` compiles from `codec`, run from the top, or undefined when the codec's tree cannot be compiled. */
const compiled = (codec: t.Mixed, build: Build): CompiledCheck | undefined => {
  let check: Check;
  try {
    check = compileCheck(codec, build);
  } catch (error) {
    if (error instanceof NotCompilable) return undefined;
    throw error;
  }
  return (input) => {
    build.tally.bytes = 0;
    try {
      return check(input, 1);
    } catch {
      return notPassed;
    }
  };
};

/**
 * A check of values against `codec` that answers with the value itself when it passes, or
 * `notPassed`; undefined when the codec's tree holds something this module cannot judge
 * (the caller keeps io-ts alone). For a codec that decodes valid input to itself, a value
 * that passes decodes to itself. Anything that throws while read is left to io-ts.
 */
export const compiledCheckOf = (codec: t.Mixed): CompiledCheck | undefined =>
  compiled(codec, { copy: false, maxBytes: Number.POSITIVE_INFINITY, maxDepth: Number.POSITIVE_INFINITY, tally: { bytes: 0 } });

/**
 * A check of input from outside against `codec` within `limits`, answering with a plain
 * copy of the input when it passes, as `plainCopyWithinLimits` then io-ts would (the same
 * fields, each read once, in the codec's order rather than the input's), or `notPassed`: for input beyond the limits
 * by the rough count, or anything else, io-ts and the exact count then give the answer.
 * Undefined when the codec's tree cannot be compiled.
 */
export const compiledCopyingCheckOf = (codec: t.Mixed, limits: InputLimits): CompiledCheck | undefined =>
  compiled(codec, { copy: true, maxBytes: limits.maxBytes, maxDepth: limits.maxDepth, tally: { bytes: 0 } });
