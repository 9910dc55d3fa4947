/**
 * JSON for people and files: bigints (revisions, positions) become decimal strings,
 * since `JSON.stringify` refuses them and a number would lose precision past 2^53.
 */
export const toJsonText = (value: unknown, indent?: number): string =>
  JSON.stringify(value, (_key, inner: unknown) => (typeof inner === 'bigint' ? inner.toString() : inner), indent);
