import { erasureStreamId } from '@send-hub/core';
import type { EventStore, KeyStore } from '@send-hub/event-store';

/** A key destroyed again because the log records its child's erasure. */
export interface ErasureReapplied {
  readonly childReference: string;
  /** When the erasure was recorded in the log: the tombstone's date. */
  readonly erasedAt: string;
}

/**
 * What a restore of the key file must be followed by: destroys every key the key
 * store holds for a child whose erasure the log records (a backup taken before the
 * erasure brings such keys back). Asks the log about each key still held, so it
 * reads one short stream a key. Readers never use such a key in any case (see
 * `erasureAwareKeyStore`); this takes its bytes out of the key file too.
 */
export const reapplyErasures = async (log: EventStore, keyStore: KeyStore): Promise<ReadonlyArray<ErasureReapplied>> => {
  const reapplied: ErasureReapplied[] = [];
  for (const record of await keyStore.list()) {
    if (record.status !== 'active') continue;
    const [erasure] = await log.readStream(erasureStreamId(record.keyId), { maxCount: 1 });
    if (erasure === undefined) continue;
    if ((await keyStore.destroy(record.keyId, erasure.metadata.recordedAt)) === 'destroyed') {
      reapplied.push({ childReference: record.keyId, erasedAt: erasure.metadata.recordedAt });
    }
  }
  return reapplied;
};
