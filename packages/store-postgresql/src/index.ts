export { openPostgresEventStore } from './open-postgres-event-store';
export { PostgresEventStore } from './postgres-event-store';
export { PostgresCheckpointStore } from './checkpoints/postgres-checkpoint-store';
export { openPostgresCheckpointStore } from './checkpoints/open-postgres-checkpoint-store';
export { SchemaTooNewError } from './schema/migrate';
export { defaultSchema, type PostgresEventStoreOptions, type PostgresStoreOptions } from './store-options';
export { openPostgresKeyStore, PostgresKeyStore, type PostgresKeyStoreOptions } from './key-store/postgres-key-store';
export { openPostgresReadModelStore, PostgresReadModelStore, type PostgresSideStoreOptions } from './read-models/postgres-read-model-store';
export { openPostgresAccessLog, PostgresAccessLog } from './access-log/postgres-access-log';
