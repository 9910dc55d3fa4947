/** What a key store holds for a key id. A destroyed key keeps a tombstone so the id never gets a new key. */
export type KeyLookup =
  | { readonly status: 'active'; readonly key: Uint8Array }
  | { readonly status: 'destroyed'; readonly destroyedAt: string }
  | { readonly status: 'missing' };

export interface KeyRecord {
  readonly keyId: string;
  readonly status: 'active' | 'destroyed';
  readonly createdAt: string;
  readonly destroyedAt?: string;
}

export type KeyDestruction = 'destroyed' | 'already-destroyed' | 'missing';

/** AES-256 keys are 32 bytes. */
export const keyLength = 32;

/**
 * Where the per-child keys of personal data live: never in the event log, so that
 * destroying a key erases that child's personal fields from every copy of the log
 * (crypto-shredding) while the log itself stays append-only and verifiable.
 */
export interface KeyStore {
  get(keyId: string): Promise<KeyLookup>;
  /**
   * What the store holds for each id, looked up together: one query for a page of
   * events rather than one per event. Every id asked for has an entry, `missing` included.
   */
  getMany(keyIds: ReadonlyArray<string>): Promise<ReadonlyMap<string, KeyLookup>>;
  /**
   * Keeps `key` under `keyId` unless the id is already known, and returns what the
   * store holds for the id afterwards: the key of whoever created it first, or a
   * tombstone. `createdAt` is the writer's time (the event's recording time), not the store's.
   */
  create(keyId: string, key: Uint8Array, createdAt: string): Promise<KeyLookup>;
  /** Wipes the key's material for good, keeping the tombstone. Safe to call twice. */
  destroy(keyId: string, destroyedAt: string): Promise<KeyDestruction>;
  list(): Promise<ReadonlyArray<KeyRecord>>;
  dispose(): Promise<void>;
}

/** A key of the wrong length is a bug in the caller, not a business failure. */
export const requireKeyLength = (keyId: string, key: Uint8Array): void => {
  if (key.length !== keyLength) throw new RangeError(`The key for "${keyId}" has ${key.length} bytes; AES-256 keys have ${keyLength}.`);
};
