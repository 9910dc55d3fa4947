import * as t from 'io-ts';
import { identityUnion } from '../values/identity-union';
import { exactType } from '../validation/exact-object';

/** What a personal field holds once its key has been destroyed (crypto-shredding). */
export const ErasedPersonalData = exactType({ erased: t.literal(true) }, 'erased personal data');
export type ErasedPersonalData = t.TypeOf<typeof ErasedPersonalData>;

export const erasedPersonalData: ErasedPersonalData = { erased: true };

export const isErased = (value: unknown): value is ErasedPersonalData => ErasedPersonalData.is(value);

/**
 * Marks a field as personal data (a name, a date of birth, a narrative). Such fields
 * are encrypted when stored, with a key per child, and read back either in clear or
 * as erased: so the type says honestly that a reader may find them gone.
 */
export class PersonalType<C extends t.Mixed> extends t.Type<
  t.TypeOf<C> | ErasedPersonalData,
  t.OutputOf<C> | ErasedPersonalData,
  unknown
> {
  readonly _tag = 'PersonalType' as const;
  constructor(readonly inner: C) {
    const either = identityUnion([inner, ErasedPersonalData]);
    // Errors come from the inner codec alone, at the field's own path: "dateOfBirth: expected a calendar date".
    const validate = (input: unknown, context: t.Context): t.Validation<t.TypeOf<C> | ErasedPersonalData> =>
      ErasedPersonalData.is(input) ? t.success(input) : (inner.validate(input, context) as t.Validation<t.TypeOf<C>>);
    super(`personal data: ${inner.name}`, either.is, validate, either.encode);
  }
}

export const personal = <C extends t.Mixed>(inner: C): PersonalType<C> => new PersonalType(inner);

export type PersonalFieldPath = ReadonlyArray<string>;

/**
 * The paths of every personal field inside a codec, found by walking its structure,
 * so the encryption layer and the docs never keep a second list that could drift.
 */
export const personalFieldPaths = (codec: t.Mixed, prefix: PersonalFieldPath = []): ReadonlyArray<PersonalFieldPath> => {
  if (codec instanceof PersonalType) return [prefix];
  if (codec instanceof t.InterfaceType || codec instanceof t.PartialType) {
    return Object.entries(codec.props as Record<string, t.Mixed>).flatMap(([key, inner]) =>
      personalFieldPaths(inner, [...prefix, key]),
    );
  }
  if (codec instanceof t.IntersectionType) {
    return (codec.types as ReadonlyArray<t.Mixed>).flatMap((inner) => personalFieldPaths(inner, prefix));
  }
  if (codec instanceof t.ExactType || codec instanceof t.ReadonlyType || codec instanceof t.RefinementType) {
    return personalFieldPaths(codec.type as t.Mixed, prefix);
  }
  return [];
};

/** For a union of event codecs discriminated by `type`: the personal field paths of each event type. */
export const personalFieldsByType = (union: t.UnionType<Array<t.Mixed>>): Readonly<Record<string, ReadonlyArray<PersonalFieldPath>>> => {
  const result: Record<string, ReadonlyArray<PersonalFieldPath>> = {};
  for (const member of union.types) {
    const typeName = discriminantOf(member);
    if (typeName !== undefined) result[typeName] = personalFieldPaths(member);
  }
  return result;
};

/** The literal value of a member codec's `type` property, if it has one. */
export const discriminantOf = (codec: t.Mixed): string | undefined => {
  if (codec instanceof t.InterfaceType) {
    const typeCodec = (codec.props as Record<string, t.Mixed>)['type'];
    return typeCodec instanceof t.LiteralType ? String(typeCodec.value) : undefined;
  }
  if (codec instanceof t.IntersectionType) {
    for (const inner of codec.types as ReadonlyArray<t.Mixed>) {
      const found = discriminantOf(inner);
      if (found !== undefined) return found;
    }
  }
  if (codec instanceof t.ExactType || codec instanceof t.ReadonlyType) return discriminantOf(codec.type as t.Mixed);
  return undefined;
};
