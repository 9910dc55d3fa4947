export { createHub, type Hub, type HubOptions, type HubVerifyOptions } from './hub';
export { createHubCommandHandlers, hubUpcasters, type HubCommandHandlers } from './hub-command-handlers';
export { hubChildNameFields, openChildNames } from './child-names';
export { HubReadModels, hubReadModelProjection, type HubModels } from './hub-read-models';
export { layerHubStore, type HubStoreLayers } from './hub-store-layers';
export { openInMemoryHub } from './open-in-memory-hub';
export { defaultKeyFileFor, defaultReadModelFileFor, openSqliteHub, type SqliteHubOptions } from './open-sqlite-hub';
export { openEventStoreDbHub, type EventStoreDbHubOptions } from './open-eventstoredb-hub';
export { hubSealingKeyId, type HubSealing, type SealingKeptByKeyStore } from './hub-sealing';
