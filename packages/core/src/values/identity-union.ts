import * as t from 'io-ts';
import { compiledCheckOf, notPassed, type CompiledCheck } from '../validation/compiled-checks';

/**
 * Whether a codec decodes every valid value to that same value. io-ts marks such
 * codecs by giving them `t.identity` as their encoder, except intersections, which
 * always get a merging encoder; an intersection of such codecs still returns valid
 * input itself (each member returns it, and merging equal results gives it back).
 */
export const decodesValidInputToItself = (codec: t.Mixed): boolean =>
  codec.encode === t.identity || (codec instanceof t.IntersectionType && (codec.types as ReadonlyArray<t.Mixed>).every(decodesValidInputToItself));

/**
 * `t.union`, with a fast path for valid input: io-ts tries each member in turn and
 * builds a context and errors for every member that fails before the one that fits,
 * which is most of the cost of a union of literals. When every member decodes a value
 * to itself (see `decodesValidInputToItself`), a value the union `is` decodes to
 * itself, so it is returned at once; any other value goes through io-ts for the same
 * errors. Still a `UnionType`, so error paths and codec walks see no difference.
 */
export const identityUnion = <Codecs extends [t.Mixed, t.Mixed, ...Array<t.Mixed>]>(
  codecs: Codecs,
  name?: string,
): t.UnionType<Codecs, t.TypeOf<Codecs[number]>, t.OutputOf<Codecs[number]>, unknown> => {
  const union = t.union(codecs, name);
  if (!codecs.every(decodesValidInputToItself)) return union;
  const passes = quickGuard(union);
  return new t.UnionType(
    union.name,
    union.is,
    (input, context) => (passes(input) ? t.success(input) : union.validate(input, context)),
    union.encode,
    union.types,
  );
};

/**
 * `codec.is`, answered first by the codec's compiled check (built on first use, see
 * `compiled-checks.ts`) and then by `is` itself: either passing means the value is valid.
 * The compiled check refuses what it was not built to judge (a class instance, say), which
 * `is` then answers. For checking many values of one known type.
 */
export const quickGuard = (codec: t.Mixed): ((input: unknown) => boolean) => {
  let compiled: CompiledCheck | undefined | null = null;
  return (input) => {
    if (compiled === null) compiled = compiledCheckOf(codec);
    return (compiled !== undefined && compiled(input) !== notPassed) || codec.is(input);
  };
};

/**
 * `codec.decode`, but answering valid input from its compiled check or `is` alone (no
 * context entry built for each field) when the codec decodes valid input to itself; other input goes
 * through io-ts for the same errors. For reading many stored values of one known type.
 */
export const quickDecoder = <Codec extends t.Mixed>(codec: Codec): ((input: unknown) => t.Validation<t.TypeOf<Codec>>) => {
  if (!decodesValidInputToItself(codec)) return (input) => codec.decode(input);
  const passes = quickGuard(codec);
  return (input) => (passes(input) ? t.success(input as t.TypeOf<Codec>) : codec.decode(input));
};
