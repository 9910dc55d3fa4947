import { quoted } from '../connection/schema-name';
import type { Migration } from '../schema/migrations';

/** The key schema: children's personal-data keys and the hub's sealing key, never beside the events. */
export const keyStoreMigrations: ReadonlyArray<Migration> = [
  {
    description: 'personal-data keys with tombstones, and the sealing key',
    sql: (schema) => `
      CREATE TABLE ${quoted(schema)}.personal_data_keys (
        key_id text PRIMARY KEY,
        key bytea,
        created_at text NOT NULL,
        destroyed_at text,
        CHECK ((key IS NULL) = (destroyed_at IS NOT NULL))
      );
      CREATE TABLE ${quoted(schema)}.sealing_keys (
        key_id text PRIMARY KEY,
        key bytea NOT NULL,
        sealed_after bigint,
        created_at text NOT NULL
      );
    `,
  },
];
