import * as t from 'io-ts';

/**
 * `t.union`, with a fast path for valid input: io-ts tries each member in turn and
 * builds a context and errors for every member that fails before the one that fits,
 * which is most of the cost of a union of literals. When every member decodes a value
 * to itself (their encoders are the identity), a value the union `is` decodes to
 * itself, so it is returned at once; any other value goes through io-ts for the same
 * errors. Still a `UnionType`, so error paths and codec walks see no difference.
 */
export const identityUnion = <Codecs extends [t.Mixed, t.Mixed, ...Array<t.Mixed>]>(
  codecs: Codecs,
  name?: string,
): t.UnionType<Codecs, t.TypeOf<Codecs[number]>, t.OutputOf<Codecs[number]>, unknown> => {
  const union = t.union(codecs, name);
  if (!codecs.every((codec) => codec.encode === t.identity)) return union;
  return new t.UnionType(
    union.name,
    union.is,
    (input, context) => (union.is(input) ? t.success(input) : union.validate(input, context)),
    union.encode,
    union.types,
  );
};
