import type { PoolClient } from 'pg';
import { StoreUnavailableError } from '@send-hub/event-store';
import { quoted } from './schema-name';

/** Refuses a side store (keys, read models, the access log) a schema that holds events: each keeps a schema of its own. */
export const refuseBesideEvents = async (client: PoolClient, schema: string, kind: string, advice: string): Promise<void> => {
  const found = await client.query<[string | null]>({ text: 'SELECT to_regclass($1)::text', values: [`${quoted(schema)}.events`], rowMode: 'array' });
  if (found.rows[0]?.[0] === null || found.rows[0]?.[0] === undefined) return;
  throw new StoreUnavailableError(`The PostgreSQL schema "${schema}" holds an event store, so it cannot also be the ${kind}. ${advice}`);
};
