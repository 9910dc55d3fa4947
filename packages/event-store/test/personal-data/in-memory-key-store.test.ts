import { InMemoryKeyStore } from '@send-hub/event-store';
import { keyStoreContract } from './key-store-contract';

keyStoreContract('InMemoryKeyStore', () => new InMemoryKeyStore());
