import { InMemoryAccessLog } from '@send-hub/access';
import { InMemoryCheckpointStore, InMemoryEventStore, InMemoryKeyStore } from '@send-hub/event-store';
import { createHub, type Hub, type HubOptions } from './hub';

/** A hub that lives in memory and vanishes on dispose: for tests, tours and trying things out. */
export const openInMemoryHub = (options: Omit<HubOptions, 'store' | 'keyStore' | 'checkpoints' | 'accessLog' | 'release' | 'contiguousPositionsFrom'> = {}): Hub =>
  createHub({
    ...options,
    contiguousPositionsFrom: 1n,
    store: new InMemoryEventStore(),
    keyStore: new InMemoryKeyStore(),
    checkpoints: new InMemoryCheckpointStore(),
    accessLog: new InMemoryAccessLog(),
  });
