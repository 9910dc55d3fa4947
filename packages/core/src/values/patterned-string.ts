import * as t from 'io-ts';

/**
 * A string codec checked by a predicate. `name` is what a person reads in an error
 * ("expected a 6-digit school unique reference number"), so it is written in plain English.
 */
export const checkedString = (name: string, isValid: (value: string) => boolean): t.Type<string, string, unknown> =>
  new t.Type<string, string, unknown>(
    name,
    (input): input is string => typeof input === 'string' && isValid(input),
    (input, context) => (typeof input === 'string' && isValid(input) ? t.success(input) : t.failure(input, context)),
    t.identity,
  );

export const patternedString = (name: string, pattern: RegExp): t.Type<string, string, unknown> =>
  checkedString(name, (value) => pattern.test(value));
