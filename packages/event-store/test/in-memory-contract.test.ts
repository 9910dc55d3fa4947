import { InMemoryEventStore } from '@send-hub/event-store';
import { eventStoreContract } from '@send-hub/testing';

eventStoreContract('InMemoryEventStore', async () => ({ store: new InMemoryEventStore(), fresh: true }));
