import { erasureAwareKeyStore, withHubPersonalDataEncryption } from '@send-hub/audit';
import { cryptoRandomBytes, keyOf, withHashChain, withSeals, type EventStore, type KeyLookup, type KeyStore, type RandomBytes, type Sealer } from '@send-hub/event-store';
import { hubChildNameFields } from './child-names';

/**
 * The views of one hub store. `raw` is the store as written: what an auditor verifies
 * and exports. `chained` adds the hash chain, so every write is tamper-evident.
 * `readable` encrypts personal fields on the way in and decrypts them on the way out:
 * what the hub's handlers, replays and retention reviews use. `readModels` is `readable`
 * withholding every personal field as erased, with no key looked up: what the read
 * models are built from, since they hold no personal data. `commands` is the same view:
 * what the hub's command handlers load cases and meetings through and append to. It
 * encrypts on the way in as `readable` does, and a load decrypts nothing, as neither
 * decider's state holds a personal field (see docs/decisions/0017). `childNames` gives only
 * children's names in clear: what lists of cases open names from when they are shown.
 * The chain sits beneath the encryption, so hashes cover ciphertext and still verify
 * after a child's key is destroyed. With a sealer, every event written through
 * `chained` is also sealed (beneath the chain, which gives it the hash sealed).
 */
export interface HubStoreLayers {
  readonly raw: EventStore;
  readonly chained: EventStore;
  readonly readable: EventStore;
  readonly readModels: EventStore;
  readonly commands: EventStore;
  readonly childNames: EventStore;
  /** A child's key, made when the key store holds none, read through the log's erasure records as every layer reads keys: what a referral asks for ahead of its append. */
  readonly prepareKey: (keyId: string, createdAt: string) => Promise<KeyLookup>;
}

export const layerHubStore = (raw: EventStore, keyStore: KeyStore, randomBytes: RandomBytes = cryptoRandomBytes, sealer?: Sealer): HubStoreLayers => {
  const chained = withHashChain(sealer === undefined ? raw : withSeals(raw, sealer));
  // One key store read through the log serves every layer and the referral's key: one memory of erased children, not four.
  const keysThroughTheLog = erasureAwareKeyStore(keyStore, chained);
  const withheld = withHubPersonalDataEncryption(chained, { keyStore: keysThroughTheLog, randomBytes, inClear: {} });
  return {
    raw,
    chained,
    readable: withHubPersonalDataEncryption(chained, { keyStore: keysThroughTheLog, randomBytes }),
    readModels: withheld,
    commands: withheld,
    childNames: withHubPersonalDataEncryption(chained, { keyStore: keysThroughTheLog, randomBytes, inClear: hubChildNameFields }),
    prepareKey: (keyId, createdAt) => keyOf(keysThroughTheLog, randomBytes, keyId, createdAt),
  };
};
