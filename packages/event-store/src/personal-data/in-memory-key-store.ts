import type { SealingKeyKeeper, SealingKeyRecord } from '../tamper-evidence/sealing-key-keeper';
import { requireKeyLength, type KeyDestruction, type KeyLookup, type KeyRecord, type KeyStore } from './key-store';

interface Entry {
  key: Uint8Array | undefined;
  readonly createdAt: string;
  destroyedAt: string | undefined;
}

/** Keys in a map: for tests, simulations and single-process tools. */
export class InMemoryKeyStore implements KeyStore, SealingKeyKeeper {
  private readonly entries = new Map<string, Entry>();
  private readonly sealingKeys = new Map<string, SealingKeyRecord>();

  async get(keyId: string): Promise<KeyLookup> {
    return this.lookup(keyId);
  }

  async getMany(keyIds: ReadonlyArray<string>): Promise<ReadonlyMap<string, KeyLookup>> {
    return new Map(keyIds.map((keyId) => [keyId, this.lookup(keyId)]));
  }

  async create(keyId: string, key: Uint8Array, createdAt: string): Promise<KeyLookup> {
    requireKeyLength(keyId, key);
    if (!this.entries.has(keyId)) this.entries.set(keyId, { key: Uint8Array.from(key), createdAt, destroyedAt: undefined });
    return this.lookup(keyId);
  }

  async destroy(keyId: string, destroyedAt: string): Promise<KeyDestruction> {
    const entry = this.entries.get(keyId);
    if (entry === undefined) return 'missing';
    if (entry.key === undefined) return 'already-destroyed';
    // Overwrite before dropping, so the material does not linger in a buffer someone still holds.
    entry.key.fill(0);
    entry.key = undefined;
    entry.destroyedAt = destroyedAt;
    return 'destroyed';
  }

  async list(): Promise<ReadonlyArray<KeyRecord>> {
    return [...this.entries].map(([keyId, entry]) =>
      entry.key === undefined
        ? { keyId, status: 'destroyed', createdAt: entry.createdAt, destroyedAt: entry.destroyedAt ?? '' }
        : { keyId, status: 'active', createdAt: entry.createdAt },
    );
  }

  async sealingKey(keyId: string): Promise<SealingKeyRecord | undefined> {
    const record = this.sealingKeys.get(keyId);
    return record === undefined ? undefined : { ...record, key: Uint8Array.from(record.key) };
  }

  async createSealingKey(record: SealingKeyRecord): Promise<SealingKeyRecord> {
    if (!this.sealingKeys.has(record.keyId)) this.sealingKeys.set(record.keyId, { ...record, key: Uint8Array.from(record.key) });
    return (await this.sealingKey(record.keyId)) ?? record;
  }

  async dispose(): Promise<void> {
    for (const entry of this.entries.values()) entry.key?.fill(0);
    for (const record of this.sealingKeys.values()) record.key.fill(0);
    this.entries.clear();
    this.sealingKeys.clear();
  }

  private lookup(keyId: string): KeyLookup {
    const entry = this.entries.get(keyId);
    if (entry === undefined) return { status: 'missing' };
    return entry.key === undefined
      ? { status: 'destroyed', destroyedAt: entry.destroyedAt ?? '' }
      : { status: 'active', key: Uint8Array.from(entry.key) };
  }
}
