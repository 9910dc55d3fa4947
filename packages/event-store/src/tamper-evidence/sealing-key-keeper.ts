/** A hub's sealing key as its keeper holds it, with where sealing began. */
export interface SealingKeyRecord {
  readonly keyId: string;
  readonly key: Uint8Array;
  /** The store's head when the key was made: events at or before it were written before sealing began. Undefined for a store sealed from its first event. */
  readonly sealedAfter: bigint | undefined;
  readonly createdAt: string;
}

/**
 * Keeps the key events are sealed with, apart from the event file (the SQLite key
 * file keeps it beside the children's keys; it is never destroyed). The first key
 * made under an id is the one kept, as with children's keys.
 */
export interface SealingKeyKeeper {
  sealingKey(keyId: string): Promise<SealingKeyRecord | undefined>;
  /** Keeps `record` unless a key is already kept under its id, and returns the one kept. */
  createSealingKey(record: SealingKeyRecord): Promise<SealingKeyRecord>;
}
