/** The metadata fields an event's hash covers (`canonicalContent`), and the two that stand beside it and are checked otherwise. */
const coveredFields: ReadonlySet<string> = new Set(['recordedAt', 'actor', 'correlationId', 'causationId']);
/** The hash is checked by recomputing it, the seal by the sealing key: their own fields are fixed. */
const checkedFields: Readonly<Record<string, ReadonlySet<string>>> = {
  hash: new Set(['previous', 'current']),
  seal: new Set(['keyId', 'mac']),
};

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The metadata fields that neither the event's hash covers nor anything else checks,
 * as paths (`note`, `hash.extra`); empty when every byte of the metadata is accounted for.
 * A field outside the hash could be changed, or added, without the chain showing it,
 * so a writer refuses such an event and the verifier reports one.
 */
export const uncoveredMetadataFields = (metadata: unknown): ReadonlyArray<string> => {
  if (!isRecord(metadata)) return [];
  let uncovered: string[] | undefined;
  for (const field in metadata) {
    if (!Object.prototype.hasOwnProperty.call(metadata, field) || coveredFields.has(field)) continue;
    const inner = checkedFields[field];
    const value = metadata[field];
    if (inner !== undefined && isRecord(value)) {
      for (const innerField in value) if (!inner.has(innerField)) (uncovered ??= []).push(`${field}.${innerField}`);
    } else if (inner === undefined || value !== undefined) (uncovered ??= []).push(field);
  }
  return uncovered ?? [];
};
