import * as t from 'io-ts';
import { decodesValidInputToItself } from '../values/identity-union';
import { fieldRefusingCodecs, forbiddenFieldNames } from './codec-marks';
import { FieldRefusal, refusalAt } from './field-refusal';

export { forbiddenFieldNames } from './codec-marks';

export const forbiddenFieldRefusal = new FieldRefusal('a name no field may have (__proto__, constructor and prototype are refused)');

/** The field names an object codec defines: its own, its members' (an intersection), or those of the codec it wraps. */
export const definedFieldNames = (codec: t.Mixed): ReadonlySet<string> => {
  if (codec instanceof t.InterfaceType || codec instanceof t.PartialType) return new Set(Object.keys(codec.props as t.Props));
  if (codec instanceof t.IntersectionType) return new Set((codec.types as ReadonlyArray<t.Mixed>).flatMap((member) => [...definedFieldNames(member)]));
  if (codec instanceof t.ExactType || codec instanceof t.RefinementType || codec instanceof t.ReadonlyType) return definedFieldNames(codec.type as t.Mixed);
  return new Set();
};

const isObjectLike = (input: unknown): input is Record<string, unknown> => typeof input === 'object' && input !== null && !Array.isArray(input);

/**
 * An object codec that refuses every field it does not define, naming each by its path
 * (`referral.personal.parentMobile: not a field of the child's personal details`),
 * where `t.type` would let them through and `t.exact` would drop them without a word.
 * A field holding `undefined` counts as absent, as JSON writes it. Nested objects are
 * exact when their own codecs are: build each with `exact` or `exactType`. Still an `ExactType` around the original codec, so walks over codecs
 * (personal fields, the event catalogue, union tags) see the same fields.
 */
export const exact = <C extends t.Mixed>(codec: C, name: string = codec.name): t.ExactType<C, t.TypeOf<C>, t.OutputOf<C>, unknown> => {
  const defined = definedFieldNames(codec);
  const unknownField = new FieldRefusal(`not a field of ${name}`);
  const hasOnlyDefinedFields = (input: Record<string, unknown>): boolean => {
    for (const key in input) if (Object.prototype.hasOwnProperty.call(input, key) && !defined.has(key) && input[key] !== undefined) return false;
    return true;
  };
  const is = (input: unknown): input is t.TypeOf<C> => codec.is(input) && isObjectLike(input) && hasOnlyDefinedFields(input);
  const validate = (input: unknown, context: t.Context): t.Validation<t.TypeOf<C>> => {
    if (!isObjectLike(input) || hasOnlyDefinedFields(input)) return codec.validate(input, context) as t.Validation<t.TypeOf<C>>;
    const refused = Object.keys(input)
      .filter((key) => !defined.has(key) && input[key] !== undefined)
      .map((key) => refusalAt(context, key, forbiddenFieldNames.has(key) ? forbiddenFieldRefusal : unknownField));
    const inner = codec.validate(input, context);
    return t.failures(inner._tag === 'Left' ? [...refused, ...inner.left] : refused);
  };
  // An identity encoder keeps the fast paths that answer valid input from `is` (see identityUnion).
  const encode = decodesValidInputToItself(codec) ? t.identity : (codec.encode as (value: t.TypeOf<C>) => t.OutputOf<C>);
  const refusing = new t.ExactType(name, is, validate, encode, codec);
  fieldRefusingCodecs.add(refusing);
  return refusing;
};

/** `t.type(props, name)`, exact: see `exact`. */
export const exactType = <P extends t.Props>(props: P, name: string): t.ExactC<t.TypeC<P>> => exact(t.type(props, name));
