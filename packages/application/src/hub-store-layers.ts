import { withHubPersonalDataEncryption } from '@send-hub/audit';
import { cryptoRandomBytes, withHashChain, type EventStore, type KeyStore, type RandomBytes } from '@send-hub/event-store';

/**
 * The three views of one hub store. `raw` is the store as written: what an auditor
 * verifies and exports. `chained` adds the hash chain, so every write is tamper-evident.
 * `readable` encrypts personal fields on the way in and decrypts them on the way out:
 * what the hub's handlers and read models use. The chain sits beneath the encryption,
 * so hashes cover ciphertext and still verify after a child's key is destroyed.
 */
export interface HubStoreLayers {
  readonly raw: EventStore;
  readonly chained: EventStore;
  readonly readable: EventStore;
}

export const layerHubStore = (raw: EventStore, keyStore: KeyStore, randomBytes: RandomBytes = cryptoRandomBytes): HubStoreLayers => {
  const chained = withHashChain(raw);
  return { raw, chained, readable: withHubPersonalDataEncryption(chained, { keyStore, randomBytes }) };
};
