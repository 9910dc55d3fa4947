import { withHubPersonalDataEncryption, type PublishedHead } from '@send-hub/audit';
import { hmacSealer, InMemoryEventStore, InMemoryKeyStore, seededRandomBytes, withHashChain, withSeals, type RecordedEvent, type Sealer } from '@send-hub/event-store';
import { writeAlexAndSam } from './alex-scenario';
import { hubWriter, TestClock } from './hub-writer';

/** Alex's and Sam's journeys written through a sealed, hash-chained store, as the hub writes them. */
export const sealedHistory = async (): Promise<{ events: RecordedEvent[]; sealer: Sealer; keyStore: InMemoryKeyStore }> => {
  const raw = new InMemoryEventStore();
  const keyStore = new InMemoryKeyStore();
  const sealer = hmacSealer('test-sealing-key', seededRandomBytes('sealing key of the tests')(32));
  const chained = withHashChain(withSeals(raw, sealer));
  await writeAlexAndSam(hubWriter(withHubPersonalDataEncryption(chained, { keyStore, randomBytes: seededRandomBytes('sealed history') }), new TestClock()));
  const events: RecordedEvent[] = [];
  for await (const event of raw.readAll()) events.push(event);
  return { events, sealer, keyStore };
};

export type { PublishedHead };
