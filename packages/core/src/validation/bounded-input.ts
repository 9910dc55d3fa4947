import { either as E } from 'fp-ts';
import * as t from 'io-ts';
import { decodesValidInputToItself } from '../values/identity-union';
import { compiledCopyingCheckOf, notPassed, type CompiledCheck } from './compiled-checks';
import { FieldRefusal, refusalAt } from './field-refusal';
import { commandLimits, type InputLimits } from './input-limits';
import { plainCopyWithinLimits } from './plain-copy-within-limits';

/**
 * A codec for input from outside (a command), checked against `limits` before it is
 * decoded: see `plainCopyWithinLimits`. Input within them is decoded as a plain copy;
 * input beyond them is refused naming where and what was expected, never what was
 * there. A refinement of `codec`, so walks over codecs see through it. For a codec that
 * decodes valid input to itself, input that passes a check compiled from the codec's tree
 * is answered with that check's copy (the same copy, in one walk instead of three); the
 * rest goes the long way, which alone words the errors.
 */
export const boundedInput = <C extends t.Mixed>(
  codec: C,
  limits: InputLimits = commandLimits,
): t.RefinementType<C, t.TypeOf<C>, t.OutputOf<C>, unknown> => {
  const within = (input: unknown): boolean => E.isRight(plainCopyWithinLimits(input, limits));
  let quick: CompiledCheck | undefined | null = null;
  return new t.RefinementType(
    codec.name,
    (input): input is t.TypeOf<C> => codec.is(input) && within(input),
    (input, context) => {
      // Compiled on first use: building every command codec's check at start-up would cost each program that never decodes one.
      if (quick === null) quick = decodesValidInputToItself(codec) ? compiledCopyingCheckOf(codec, limits) : undefined;
      if (quick !== undefined) {
        const passed = quick(input);
        if (passed !== notPassed) return t.success(passed as t.TypeOf<C>);
      }
      const copied = plainCopyWithinLimits(input, limits);
      if (E.isLeft(copied)) return t.failures([refusalAt(context, copied.left.path, new FieldRefusal(copied.left.explanation))]);
      // The codec stands in this entry, so error paths read as they would without the bound.
      const last = context[context.length - 1];
      const inner = last === undefined ? context : [...context.slice(0, -1), { key: last.key, type: codec, actual: copied.right }];
      return codec.validate(copied.right, inner) as t.Validation<t.TypeOf<C>>;
    },
    codec.encode as (value: t.TypeOf<C>) => t.OutputOf<C>,
    codec,
    within,
  );
};
