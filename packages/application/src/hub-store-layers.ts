import { withHubPersonalDataEncryption } from '@send-hub/audit';
import { cryptoRandomBytes, withHashChain, type EventStore, type KeyStore, type RandomBytes } from '@send-hub/event-store';
import { hubReadModelPersonalFields } from './hub-read-models';

/**
 * The views of one hub store. `raw` is the store as written: what an auditor verifies
 * and exports. `chained` adds the hash chain, so every write is tamper-evident.
 * `readable` encrypts personal fields on the way in and decrypts them on the way out:
 * what the hub's handlers, replays and retention reviews use. `readModels` is `readable`
 * giving in clear only the personal fields the read models read (children's names),
 * the others withheld as erased: what the read models are built from. The chain sits
 * beneath the encryption, so hashes cover ciphertext and still verify after a child's
 * key is destroyed.
 */
export interface HubStoreLayers {
  readonly raw: EventStore;
  readonly chained: EventStore;
  readonly readable: EventStore;
  readonly readModels: EventStore;
}

export const layerHubStore = (raw: EventStore, keyStore: KeyStore, randomBytes: RandomBytes = cryptoRandomBytes): HubStoreLayers => {
  const chained = withHashChain(raw);
  return {
    raw,
    chained,
    readable: withHubPersonalDataEncryption(chained, { keyStore, randomBytes }),
    readModels: withHubPersonalDataEncryption(chained, { keyStore, randomBytes, inClear: hubReadModelPersonalFields }),
  };
};
