import { describeReceivedValue, FieldRefusal } from '@send-hub/core';
import * as t from 'io-ts';

/** The codec an exact object wraps (an exact intersection validates its members under the exact codec's own entry). */
const unwrapped = (codec: t.Decoder<unknown, unknown> | undefined): t.Decoder<unknown, unknown> | undefined =>
  codec instanceof t.ExactType ? unwrapped(codec.type as t.Decoder<unknown, unknown>) : codec;

/** The field path of an io-ts error, leaving out the indices io-ts adds for union members and intersections. */
const pathOf = (context: t.Context): string =>
  context
    .slice(1)
    .filter((entry, index) => {
      const parent = context[index]?.type;
      if (parent instanceof t.UnionType || parent instanceof t.IntersectionType) return false;
      // An exact intersection validates its members under its own entry; a field it refused is no member.
      const inner = unwrapped(parent);
      return !((inner instanceof t.UnionType || inner instanceof t.IntersectionType) && (inner.types as ReadonlyArray<unknown>).includes(entry.type));
    })
    .map((entry) => entry.key)
    .join('.');

/**
 * io-ts errors as sentences naming the field and the value received, e.g.
 * `referral.school: expected a 6-digit school unique reference number, received "12A"`,
 * or a field no schema defines: `referral.personal.parentMobile: not a field of the
 * child's personal details`. A personal field's value is told by its kind alone.
 */
export const formatValidationErrors = (errors: t.Errors): string => {
  const lines = new Set<string>();
  for (const error of errors) {
    const last = error.context[error.context.length - 1];
    if (last === undefined) continue;
    const path = pathOf(error.context) || 'the input';
    lines.add(last.type instanceof FieldRefusal ? `${path}: ${last.type.name}` : `${path}: expected ${last.type.name}, received ${describeReceivedValue(error.value, error.context)}`);
  }
  return [...lines].join('; ');
};
