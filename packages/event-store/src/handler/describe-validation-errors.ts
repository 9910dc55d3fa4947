import { describeReceivedValue, FieldRefusal } from '@send-hub/core';
import * as t from 'io-ts';
import { literalValues, unknownTagOf } from './union-tags';

/** io-ts's own names for its basic codecs, as a person would say them. */
const plainNames: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false (a boolean)',
  Int: 'a whole number',
  bigint: 'a bigint',
  UnknownRecord: 'an object',
  UnknownArray: 'a list',
  null: 'null',
  undefined: 'nothing',
};

/** Entries whose key is an io-ts member index, not a field: members of unions and intersections. */
const isMemberEntry = (context: t.Context, index: number): boolean => {
  const parent = context[index - 1]?.type;
  // An exact intersection (core's `exact`) validates through the intersection it wraps, which adds no entry of its own.
  const wrapped: unknown = parent instanceof t.ExactType ? (parent as t.ExactType<t.Mixed>).type : undefined;
  const isWrappedMember = wrapped instanceof t.IntersectionType && (wrapped.types as ReadonlyArray<unknown>).includes(context[index]?.type);
  return parent instanceof t.UnionType || parent instanceof t.IntersectionType || isWrappedMember;
};

const isIndexed = (codec: t.Decoder<unknown, unknown> | undefined): boolean =>
  codec instanceof t.ArrayType || codec instanceof t.ReadonlyArrayType || codec instanceof t.TupleType;

const pathOf = (context: t.Context): string =>
  context
    .map((entry, index) => ({ entry, index }))
    .filter(({ index }) => index > 0 && !isMemberEntry(context, index))
    .map(({ entry, index }) => (isIndexed(context[index - 1]?.type) ? `[${entry.key}]` : `.${entry.key}`))
    .join('')
    .replace(/^\./, '');

/** An object, union or intersection codec, as opposed to a simple value's. */
const isStructured = (codec: t.Decoder<unknown, unknown> | undefined): boolean =>
  codec !== undefined && ('props' in codec || 'types' in codec);

/**
 * What the failing codec accepts: its literal values when it is made of literals
 * (`"A" or "B"`), else its name. A structured member of a union or intersection
 * that failed as a whole (say, the input is not an object) is named by the union
 * or intersection around it: "a counter command", not each kind of command.
 */
const expectedOf = (context: t.Context): ReadonlyArray<string> => {
  let index = context.length - 1;
  const wrappedWhole = (at: number): boolean => {
    const parent = context[at - 1]?.type;
    return parent instanceof t.IntersectionType || (parent instanceof t.UnionType && isStructured(context[at]?.type));
  };
  while (index > 0 && wrappedWhole(index)) index -= 1;
  const codec = context[index]?.type;
  if (codec === undefined) return ['a value'];
  return literalValues(codec) ?? [plainNames[codec.name] ?? codec.name];
};

const listed = (names: ReadonlyArray<string>): string =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1] ?? ''}`;

/**
 * io-ts errors as plain sentences naming each bad field and the value received,
 * e.g. `referral.school: expected a 6-digit school reference number, received "12A"`.
 * A value inside a field marked personal is told by its kind alone (`text of 12
 * characters`), and a refusal that is not about a value (a field no codec defines,
 * input too large or deep: core's `FieldRefusal`) names the field and why, never what
 * it held. Safe for any value received, of any depth or prototype.
 * The codecs' names are what a person reads, so name codecs in plain English.
 * Several errors for one field and value (a union of alternatives) become one
 * line listing what would have done; an object whose `type` (the union's tag)
 * matches no member is told which types there are.
 */
export const describeValidationErrors = (errors: t.Errors): ReadonlyArray<string> => {
  const expectedAt = new Map<string, { path: string; received: string; expected: string[] }>();
  const refusals = new Set<string>();
  for (const error of errors) {
    const last = error.context[error.context.length - 1]?.type;
    if (last instanceof FieldRefusal) {
      refusals.add(`${pathOf(error.context) || 'the input'}: ${last.name}`);
      continue;
    }
    const unknownTag = unknownTagOf(error.context[error.context.length - 1]?.type, error.value);
    const fieldPath = pathOf(error.context);
    const path = unknownTag === undefined ? fieldPath || 'the input' : [fieldPath, unknownTag.tag].filter(Boolean).join('.');
    const received = describeReceivedValue(unknownTag === undefined ? error.value : unknownTag.value, error.context);
    const key = `${path}\u0000${received}`;
    const entry = expectedAt.get(key) ?? { path, received, expected: [] };
    for (const expected of unknownTag?.expected ?? expectedOf(error.context)) {
      if (!entry.expected.includes(expected)) entry.expected.push(expected);
    }
    expectedAt.set(key, entry);
  }
  return [...refusals, ...[...expectedAt.values()].map(({ path, received, expected }) => `${path}: expected ${listed(expected)}, received ${received}`)];
};
