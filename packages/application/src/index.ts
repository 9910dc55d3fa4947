export { createHub, hubUpgradeActor, type Hub, type HubOptions, type HubVerifyOptions } from './hub';
export { createHubCommandHandlers, hubUpcasters, type HubCommandHandlers } from './hub-command-handlers';
export { createGuardedCommandHandlers, type GuardedCommandHandlers } from './access/guarded-command-handlers';
export type { HubCommandFailure, HubCommandHandler, HubRequest } from './access/hub-request';
export { hubChildNameFields, openChildNames } from './child-names';
export { HubReadModels, hubReadModelProjection, type HubModels } from './hub-read-models';
export { layerHubStore, type HubStoreLayers } from './hub-store-layers';
export { openInMemoryHub } from './open-in-memory-hub';
export { defaultAccessLogFileFor, defaultKeyFileFor, defaultReadModelFileFor, openSqliteHub, type SqliteHubOptions } from './open-sqlite-hub';
export { openEventStoreDbHub, type EventStoreDbHubOptions } from './open-eventstoredb-hub';
export { openPostgresHub, type PostgresHubOptions } from './open-postgres-hub';
export { asLocalOperator, localOperator } from './access/local-operator';
export { hubSealingKeyId, type HubSealing, type SealingKeptByKeyStore } from './hub-sealing';
export {
  agendaWithNamesOf,
  consentWorklistWithNamesOf,
  lmgAgendaWithNamesOf,
  type AgendaQuery,
  type AgendaSource,
  type AgendaWithNames,
  type ConsentWorklistWithNames,
  type LMGAgendaWithNames,
  type Named,
  type NamedLMGAgenda,
} from './agendas-with-names';
export { backfillChildStreams, type ChildStreamBackfill, type ChildStreamBackfillFailure, type ChildStreamBackfillSettings } from './child-stream-backfill';
export { childStreamBackfillCheckpoint, type HubOpened } from './hub-opening';
