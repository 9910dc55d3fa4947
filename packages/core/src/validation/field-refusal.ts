import * as t from 'io-ts';

/**
 * A codec that stands in an io-ts error for a refusal that is not "expected X,
 * received Y": a field no codec defines, a name no field may have, input too large
 * or too deep. Its name is the whole explanation, and the error carries no value, so
 * a message built from it names the field and never repeats what was sent there.
 */
export class FieldRefusal extends t.Type<never, never, unknown> {
  readonly _tag = 'FieldRefusal' as const;
  constructor(explanation: string) {
    super(
      explanation,
      (_input): _input is never => false,
      (_input, context) => t.failure(undefined, context),
      (value) => value,
    );
  }
}

/** An io-ts error for `refusal` at `key` below `context`; `key` may be a whole path such as `referral.needs[0]`. */
export const refusalAt = (context: t.Context, key: string, refusal: FieldRefusal): t.ValidationError => ({
  value: undefined,
  context: [...context, { key, type: refusal, actual: undefined }],
});
