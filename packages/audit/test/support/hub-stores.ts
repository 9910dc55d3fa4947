import { InMemoryEventStore, InMemoryKeyStore, seededRandomBytes, withHashChain, type EventStore, type KeyStore } from '@send-hub/event-store';
import { withHubPersonalDataEncryption } from '@send-hub/audit';

/**
 * The three views of one hub store: `raw` as written (what the auditor verifies and
 * exports), `chained` (tamper-evident writes), `readable` (personal data decrypted:
 * what the hub writes and reads through).
 */
export interface HubStores {
  readonly raw: EventStore;
  readonly chained: EventStore;
  readonly readable: EventStore;
  readonly keyStore: KeyStore;
}

export const hubStores = (raw: EventStore = new InMemoryEventStore(), keyStore: KeyStore = new InMemoryKeyStore(), seed = 'audit tests'): HubStores => {
  const chained = withHashChain(raw);
  return { raw, chained, readable: withHubPersonalDataEncryption(chained, { keyStore, randomBytes: seededRandomBytes(seed) }), keyStore };
};
