import { createHash } from 'node:crypto';
import { hmacSealer, type EventStore, type RandomBytes, type Sealer, type SealingKeyKeeper } from '@send-hub/event-store';

/** How a hub seals its events and signs its published heads. */
export interface HubSealing {
  /** Seals new events and signs heads: the hub's own key, or the council's key service. */
  readonly sealer: Sealer;
  /** Keys events were sealed with before this one (after the key was replaced); their seals are still checked. */
  readonly earlierSealers?: ReadonlyArray<Sealer>;
  /** The head when sealing began on a store written before it; undefined when every event is sealed. */
  readonly sealedAfter?: bigint;
}

/** Sealing with the hub's own key, kept by this keeper (the hub's key store). */
export interface SealingKeptByKeyStore {
  readonly keptBy: SealingKeyKeeper;
}

/** The id the hub's own sealing key is kept under in the key file. */
export const hubSealingKeyId = 'hub-sealing-key-1';

/**
 * The name a hub's own key puts in its seals: the id it is kept under and a fingerprint of the
 * key (the first 16 hex digits of a SHA-256 of it, which tells nothing of the key). Every hub
 * keeps its key under the same id, so without the fingerprint a verifier holding one hub's key
 * could not tell another hub's seals (an imported history) from seals that were tampered with.
 */
export const sealNameOf = (keyId: string, key: Uint8Array): string => `${keyId}.${createHash('sha256').update('send-hub sealing key\0').update(key).digest('hex').slice(0, 16)}`;

/**
 * The hub's own sealing key, kept by the key store (the key file, never the event
 * file): read on first use, or made then, recording the store's head at that moment
 * as where sealing began, so a store written before sealing existed is sealed from
 * there on and its earlier events are reported plainly as written before sealing.
 */
export const sealingKeptBy = (
  keeper: SealingKeyKeeper,
  store: EventStore,
  randomBytes: RandomBytes,
  clock: () => Date,
): (() => Promise<HubSealing>) => {
  let found: Promise<HubSealing> | undefined;
  const find = async (): Promise<HubSealing> => {
    const kept =
      (await keeper.sealingKey(hubSealingKeyId)) ??
      (await keeper.createSealingKey({ keyId: hubSealingKeyId, key: randomBytes(32), sealedAfter: await store.headPosition(), createdAt: clock().toISOString() }));
    return {
      sealer: hmacSealer(sealNameOf(kept.keyId, kept.key), kept.key),
      // Seals this hub made before its seals named the key's fingerprint: the same key, under the id alone.
      earlierSealers: [hmacSealer(kept.keyId, kept.key)],
      ...(kept.sealedAfter === undefined ? {} : { sealedAfter: kept.sealedAfter }),
    };
  };
  return () => {
    found ??= find().catch((error: unknown) => {
      found = undefined;
      throw error;
    });
    return found;
  };
};

/**
 * A sealer that finds its key when it first seals. Its `keyId` is the found key's, so it is
 * known once a `seal` has resolved, which is when the sealing layer reads it; read before, it
 * throws rather than name a key it has not found.
 */
export const sealerFoundLater = (sealing: () => Promise<HubSealing>): Sealer => {
  let found: Sealer | undefined;
  return {
    get keyId(): string {
      if (found === undefined) throw new Error("The hub's sealer was asked which key it seals with before it had found its key: read keyId after a seal.");
      return found.keyId;
    },
    seal: async (texts) => {
      found = (await sealing()).sealer;
      return found.seal(texts);
    },
  };
};

/** The sealer to write with and how to find the sealing to verify with, for either kind of sealing; undefined when the hub does not seal. */
export const resolveSealing = (
  sealing: HubSealing | SealingKeptByKeyStore | undefined,
  store: EventStore,
  randomBytes: RandomBytes,
  clock: () => Date,
): { readonly sealer: Sealer; readonly find: () => Promise<HubSealing> } | undefined => {
  if (sealing === undefined) return undefined;
  if ('sealer' in sealing) return { sealer: sealing.sealer, find: async () => sealing };
  const find = sealingKeptBy(sealing.keptBy, store, randomBytes, clock);
  return { sealer: sealerFoundLater(find), find };
};
