import * as t from 'io-ts';

const describeValue = (value: unknown): string => {
  if (value === undefined) return 'nothing';
  const json = JSON.stringify(value, (_key, inner: unknown) => (typeof inner === 'bigint' ? inner.toString() : inner));
  return json.length > 80 ? `${json.slice(0, 77)}...` : json;
};

/** The field path of an io-ts error, leaving out the indices io-ts adds for union members and intersections. */
const pathOf = (context: t.Context): string =>
  context
    .slice(1)
    .filter((_entry, index) => {
      const parent = context[index]?.type;
      return !(parent instanceof t.UnionType || parent instanceof t.IntersectionType);
    })
    .map((entry) => entry.key)
    .join('.');

/**
 * io-ts errors as sentences naming the field and the value received, e.g.
 * `referral.school: expected a 6-digit school unique reference number, received "12A"`.
 */
export const formatValidationErrors = (errors: t.Errors): string => {
  const lines = new Set<string>();
  for (const error of errors) {
    const last = error.context[error.context.length - 1];
    if (last === undefined) continue;
    lines.add(`${pathOf(error.context) || 'the input'}: expected ${last.type.name}, received ${describeValue(error.value)}`);
  }
  return [...lines].join('; ');
};
