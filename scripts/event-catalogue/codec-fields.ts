/**
 * Reads the fields of an io-ts codec by walking its structure, so the catalogue lists
 * exactly what the codecs check and nothing a person typed in by hand.
 *
 * Codecs are told apart by the `_tag` every io-ts codec class carries (`InterfaceType`,
 * `UnionType`, ...) and core's `PersonalType`, rather than by `instanceof`: the walk then
 * works whichever copy of io-ts built the codec.
 */

/** The parts of a codec the walk reads. Every io-ts codec fits this shape. */
export interface CodecShape {
  readonly name: string;
  readonly _tag?: string;
  readonly props?: Readonly<Record<string, CodecShape>>;
  readonly types?: ReadonlyArray<CodecShape>;
  readonly type?: CodecShape;
  readonly value?: unknown;
  readonly keys?: Readonly<Record<string, unknown>>;
  readonly inner?: CodecShape;
  readonly codomain?: CodecShape;
}

/** One field of a codec, at any depth. */
export interface FieldRow {
  /** Property names from the top down; `[]` stands for "each item of the list". */
  readonly path: ReadonlyArray<string>;
  readonly codec: CodecShape;
  /** Left out of a `t.partial`: the field may be absent. */
  readonly optional: boolean;
  /** Marked with core's `personal(...)`: encrypted when stored, erasable. */
  readonly personal: boolean;
  /** For the fields of one alternative of a union of objects: that alternative's name. */
  readonly alternative: string | undefined;
}

export const itemSegment = '[]';

interface Flags {
  readonly optional: boolean;
  readonly personal: boolean;
  readonly alternative: string | undefined;
}

const wrappers = new Set(['ExactType', 'ReadonlyType', 'RefinementType']);
const objects = new Set(['InterfaceType', 'PartialType', 'IntersectionType']);
const lists = new Set(['ArrayType', 'ReadonlyArrayType']);

/** The codec under refinements, exact and read-only wrappers, and the personal marker. */
export const unwrap = (codec: CodecShape): CodecShape => {
  if (codec._tag === 'PersonalType' && codec.inner !== undefined) return unwrap(codec.inner);
  if (wrappers.has(codec._tag ?? '') && codec.type !== undefined) return unwrap(codec.type);
  return codec;
};

export const isPersonal = (codec: CodecShape): boolean =>
  codec._tag === 'PersonalType' || (wrappers.has(codec._tag ?? '') && codec.type !== undefined && isPersonal(codec.type));

const isStructured = (codec: CodecShape): boolean => {
  const bare = unwrap(codec);
  if (objects.has(bare._tag ?? '')) return true;
  return bare._tag === 'UnionType' && (bare.types ?? []).some(isStructured);
};

/** The item codec of a list, if the codec is one. */
export const itemOf = (codec: CodecShape): CodecShape | undefined => {
  const bare = unwrap(codec);
  return lists.has(bare._tag ?? '') ? bare.type : undefined;
};

const rowsOfField = (codec: CodecShape, path: ReadonlyArray<string>, flags: Flags): FieldRow[] => {
  const personal = flags.personal || isPersonal(codec);
  const inner = { ...flags, optional: false, personal };
  const item = itemOf(codec);
  const below = isStructured(codec) ? membersOf(codec, path, inner) : item !== undefined && isStructured(item) ? membersOf(item, [...path, itemSegment], inner) : [];
  return [{ path, codec, optional: flags.optional, personal, alternative: flags.alternative }, ...below];
};

const membersOf = (codec: CodecShape, prefix: ReadonlyArray<string>, flags: Flags): FieldRow[] => {
  const bare = unwrap(codec);
  switch (bare._tag) {
    case 'InterfaceType':
    case 'PartialType':
      return Object.entries(bare.props ?? {}).flatMap(([key, field]) =>
        rowsOfField(field, [...prefix, key], { ...flags, optional: flags.optional || bare._tag === 'PartialType' }),
      );
    case 'IntersectionType':
      return (bare.types ?? []).flatMap((member) => membersOf(member, prefix, flags));
    case 'UnionType':
      return (bare.types ?? []).filter(isStructured).flatMap((member) => membersOf(member, prefix, { ...flags, alternative: member.name }));
    default:
      return [];
  }
};

/** Every field of an object codec (an event or a command), in the order the codec declares them. */
export const fieldsOf = (codec: CodecShape): ReadonlyArray<FieldRow> =>
  membersOf(codec, [], { optional: false, personal: false, alternative: undefined });

/** `referral.personal.childName`, `actions[].actionId`. */
export const formatPath = (path: ReadonlyArray<string>): string =>
  path.reduce((text, segment) => (segment === itemSegment ? `${text}[]` : text === '' ? segment : `${text}.${segment}`), '');

/** The literal values a codec accepts, when it is a literal, a keyof or a union of them; undefined otherwise. */
export const literalValuesOf = (codec: CodecShape): ReadonlyArray<string> | undefined => {
  const bare = unwrap(codec);
  if (bare._tag === 'LiteralType') return [JSON.stringify(bare.value)];
  if (bare._tag === 'KeyofType') return Object.keys(bare.keys ?? {}).map((key) => JSON.stringify(key));
  if (bare._tag === 'UnionType') {
    const found = (bare.types ?? []).map(literalValuesOf);
    return found.every((values) => values !== undefined) ? found.flat() : undefined;
  }
  return undefined;
};

/** Names io-ts gives its own basic codecs, as a person would say them. */
const basicNames: Readonly<Record<string, string>> = {
  StringType: 'text',
  NumberType: 'a number',
  BooleanType: 'true or false',
  NullType: 'nothing (null)',
  UnknownType: 'any JSON value',
  BigIntType: 'a bigint',
};

/** A name written by a person ("a half term (1 to 6)"), not one io-ts made up from the structure ("{ a: string }"). */
const isWrittenName = (name: string): boolean => /^[A-Za-z]/.test(name) && !/[<>{}|&]/.test(name);

/** What a field holds, in plain English: the codec's own name where it has one. */
export const describeCodec = (codec: CodecShape): string => {
  if (codec._tag === 'PersonalType' && codec.inner !== undefined) return describeCodec(codec.inner);
  const basic = basicNames[codec._tag ?? ''];
  if (basic !== undefined) return basic;
  if (codec._tag === 'LiteralType') return `always ${JSON.stringify(codec.value)}`;
  if (isWrittenName(codec.name)) return codec.name;
  const item = itemOf(codec);
  if (item !== undefined) return `a list of ${describeCodec(item)}`;
  const values = literalValuesOf(codec);
  if (values !== undefined) return `one of ${values.join(', ')}`;
  if (isStructured(codec)) return 'an object';
  if (wrappers.has(codec._tag ?? '') && codec.type !== undefined) return describeCodec(codec.type);
  return codec.name;
};
