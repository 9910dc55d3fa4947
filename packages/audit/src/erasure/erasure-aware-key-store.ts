import { erasureStreamId } from '@send-hub/core';
import type { EventStore, KeyDestruction, KeyLookup, KeyRecord, KeyStore } from '@send-hub/event-store';

/** A child the log says was erased reads as destroyed, on the day the erasure was recorded. */
const erasedOn = (recordedAt: string): KeyLookup => ({ status: 'destroyed', destroyedAt: recordedAt });

/**
 * The key store as the event log allows it to be read: a child whose erasure the log
 * records (a `PersonalDataErased` event in `erasure-<child reference>`) reads as
 * destroyed whatever the key store holds, so restoring a key file from a backup taken
 * before the erasure never brings the child's personal data back, and a key created
 * under an erased reference is refused. The log is append-only, so an erasure once
 * found is remembered; a key not yet erased is asked about again each time (a single
 * key's erasure record at the same time as the key, one round trip, not two), so an
 * erasure recorded before the question is never missed.
 */
export const erasureAwareKeyStore = (keyStore: KeyStore, log: EventStore): KeyStore =>
  // Already read through this log: one store, and one memory of erased children, serves every layer given it.
  keyStore instanceof ErasureAwareKeyStore && keyStore.reads(log) ? keyStore : new ErasureAwareKeyStore(keyStore, log);

class ErasureAwareKeyStore implements KeyStore {
  private readonly erased = new Map<string, string>();

  constructor(
    private readonly inner: KeyStore,
    private readonly log: EventStore,
  ) {}

  async get(keyId: string): Promise<KeyLookup> {
    const [lookup, erasure] = await Promise.all([this.inner.get(keyId), this.erasureOf(keyId)]);
    return lookup.status === 'destroyed' ? lookup : (erasure ?? lookup);
  }

  async getMany(keyIds: ReadonlyArray<string>): Promise<ReadonlyMap<string, KeyLookup>> {
    const lookups = [...(await this.inner.getMany(keyIds))];
    const erasures = await Promise.all(lookups.map(([keyId, lookup]) => (lookup.status === 'destroyed' ? undefined : this.erasureOf(keyId))));
    return new Map(lookups.map(([keyId, lookup], index) => [keyId, erasures[index] ?? lookup]));
  }

  async create(keyId: string, key: Uint8Array, createdAt: string): Promise<KeyLookup> {
    return (await this.erasureOf(keyId)) ?? this.inner.create(keyId, key, createdAt);
  }

  /** Whether this store reads its erasure records from `log`. */
  reads(log: EventStore): boolean {
    return this.log === log;
  }

  destroy(keyId: string, destroyedAt: string): Promise<KeyDestruction> {
    return this.inner.destroy(keyId, destroyedAt);
  }

  list(): Promise<ReadonlyArray<KeyRecord>> {
    return this.inner.list();
  }

  dispose(): Promise<void> {
    return this.inner.dispose();
  }

  /** The erasure the log records for this child, if any. */
  private async erasureOf(keyId: string): Promise<KeyLookup | undefined> {
    const known = this.erased.get(keyId);
    if (known !== undefined) return erasedOn(known);
    const [record] = await this.log.readStream(erasureStreamId(keyId), { maxCount: 1 });
    if (record === undefined) return undefined;
    this.erased.set(keyId, record.metadata.recordedAt);
    return erasedOn(record.metadata.recordedAt);
  }
}
