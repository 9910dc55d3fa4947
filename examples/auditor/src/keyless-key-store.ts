import type { KeyLookup, KeyRecord, KeyStore } from '@send-hub/event-store';

/**
 * The auditor's key store: it holds no keys, and never will. An export carries
 * personal fields only as ciphertext and the keys stay with the council, so every
 * personal field reads back as withheld (shown the way erased data is), and the
 * timeline still shows every code, date and decision.
 */
export class KeylessKeyStore implements KeyStore {
  async get(): Promise<KeyLookup> {
    // "destroyed" is the lookup that reads a field as `{ erased: true }` instead of refusing the event.
    return { status: 'destroyed', destroyedAt: 'never held by the auditor' };
  }

  async getMany(keyIds: ReadonlyArray<string>): Promise<ReadonlyMap<string, KeyLookup>> {
    const withheld = await this.get();
    return new Map(keyIds.map((keyId) => [keyId, withheld]));
  }

  async create(keyId: string): Promise<KeyLookup> {
    throw new Error(`The auditor's hub records nothing, so it makes no key (asked for "${keyId}").`);
  }

  async destroy(): Promise<'missing'> {
    return 'missing';
  }

  async list(): Promise<ReadonlyArray<KeyRecord>> {
    return [];
  }

  async dispose(): Promise<void> {}
}
