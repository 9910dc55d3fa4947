import { keyLength, type KeyLookup, type KeyStore } from './key-store';
import type { RandomBytes } from './random-bytes';

/**
 * The key store's answer for `keyId`, with a new key made (and committed) when it holds
 * none: what encrypting a first personal field needs, and what a caller can ask for ahead
 * of that append, so making the key waits beside its other writes instead of before its
 * own. A key store that refuses (an erased child's) answers `destroyed`, and no key is made.
 */
export const keyOf = async (keyStore: KeyStore, randomBytes: RandomBytes, keyId: string, createdAt: string): Promise<KeyLookup> => {
  const found = await keyStore.get(keyId);
  return found.status === 'missing' ? keyStore.create(keyId, randomBytes(keyLength), createdAt) : found;
};
