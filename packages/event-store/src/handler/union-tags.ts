import * as t from 'io-ts';

type Codec = t.Decoder<unknown, unknown>;

/** The shapes of io-ts codecs that matter here, read structurally. */
interface Inspectable {
  readonly props?: Readonly<Record<string, Codec>>;
  readonly types?: ReadonlyArray<Codec>;
  readonly type?: Codec;
  readonly tag?: unknown;
}

const allFound = (found: ReadonlyArray<string[] | undefined>): string[] | undefined =>
  found.every((values) => values !== undefined) ? found.flat() : undefined;

/** The values a tag field's codec accepts, as JSON: a literal, a keyof, or a union of them. */
export const literalValues = (codec: Codec): string[] | undefined => {
  if (codec instanceof t.LiteralType) return [JSON.stringify(codec.value)];
  if (codec instanceof t.KeyofType) return Object.keys(codec.keys).map((key) => JSON.stringify(key));
  if (codec instanceof t.UnionType) return allFound((codec.types as ReadonlyArray<Codec>).map(literalValues));
  return undefined;
};

/** The tag values an object codec accepts; undefined when they cannot be told from its structure. */
const tagValues = (codec: Codec, tag: string): string[] | undefined => {
  const { props, types, type } = codec as Inspectable;
  const field = props?.[tag];
  if (field !== undefined) return literalValues(field);
  if (codec instanceof t.UnionType && types !== undefined) return allFound(types.map((member) => tagValues(member, tag)));
  // An intersection: the member that carries the tag.
  if (types !== undefined) return types.map((member) => tagValues(member, tag)).find((found) => found !== undefined);
  // Exact, refined and read-only codecs wrap another.
  return type === undefined ? undefined : tagValues(type, tag);
};

/**
 * io-ts checks a union whose members all carry a literal tag (such as `type`)
 * by looking the tag up, and when no member has it, it fails the whole object.
 * This says instead that the tag is wrong, and which values it may take.
 */
export const unknownTagOf = (
  codec: Codec | undefined,
  value: unknown,
): { readonly tag: string; readonly value: unknown; readonly expected: ReadonlyArray<string> } | undefined => {
  const tag = (codec as Inspectable | undefined)?.tag;
  if (!(codec instanceof t.UnionType) || typeof tag !== 'string') return undefined;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const expected = tagValues(codec, tag);
  return expected === undefined ? undefined : { tag, value: (value as Record<string, unknown>)[tag], expected };
};

/**
 * The values a tag field (such as `type`) takes across a union of object codecs, read
 * from the codecs themselves ("Refer", "RecordConsent", ...): for routing input to the
 * handler of its union, so a member added to the union later is routed too. Empty when
 * the codec does not show them.
 */
export const tagValuesOf = (codec: Codec, tag: string): ReadonlyArray<unknown> => (tagValues(codec, tag) ?? []).map((value) => JSON.parse(value) as unknown);
