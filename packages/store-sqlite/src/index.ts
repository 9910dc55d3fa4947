export { openSqliteEventStore } from './open-sqlite-event-store';
export { SqliteEventStore } from './sqlite-event-store';
export { SqliteCheckpointStore } from './checkpoints/sqlite-checkpoint-store';
export { SchemaTooNewError } from './schema/migrate';
export type { Durability, SqliteEventStoreOptions } from './store-options';
export { openSqliteKeyStore, SqliteKeyStore } from './key-store/sqlite-key-store';
export { openSqliteReadModelStore, SqliteReadModelStore } from './read-models/sqlite-read-model-store';
export { openSqliteAccessLog, SqliteAccessLog } from './access-log/sqlite-access-log';
