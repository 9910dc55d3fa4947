import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import type { RawRow } from '../sqlite/raw-sqlite';
import { parseRawPage, timedRawRead } from '../support/raw-read';
import type { Side } from '../support/timing';
import { connectedClient, quoted } from './server';

/**
 * The rows of the raw baselines' own table: the columns an event store keeps, the
 * event's JSON kept as text exactly as written (as a hash chain needs), a global
 * position from an identity column and the two keys every append is checked against.
 */
const rawTable = (schema: string): string => `${quoted(schema)}.events`;

export const rawTableDefinition = (schema: string): string => `CREATE TABLE ${rawTable(schema)} (
  position bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  stream_id text NOT NULL,
  revision bigint NOT NULL,
  event_id uuid NOT NULL UNIQUE,
  type text NOT NULL,
  schema_version integer NOT NULL,
  data text NOT NULL,
  metadata text NOT NULL,
  UNIQUE (stream_id, revision)
)`;

/** One connection of the driver, used as the simplest code would use it. */
export const rawClient = (connectionString: string): Promise<Client> => connectedClient(connectionString);

/** The simplest loop that writes a batch: one transaction, one prepared INSERT per row, JSON.stringify of data and metadata. */
export const insertLoop = async (client: Client, schema: string, rows: ReadonlyArray<RawRow>): Promise<void> => {
  const text = `INSERT INTO ${rawTable(schema)} (stream_id, revision, event_id, type, schema_version, data, metadata) VALUES ($1, $2, $3, $4, $5, $6, $7)`;
  await client.query('BEGIN');
  try {
    for (const { streamId, revision, event } of rows) {
      await client.query({
        name: `raw-insert-${schema}`,
        text,
        values: [streamId, revision, event.eventId, event.type, event.schemaVersion, JSON.stringify(event.data), JSON.stringify(event.metadata)],
      });
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
};

/** COPY's text format: tabs between fields, and backslash, tab, newline and carriage return escaped. */
const copyField = (value: string): string => value.replace(/[\\\t\n\r]/g, (character) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[character] ?? character);

const copyLine = ({ streamId, revision, event }: RawRow): string =>
  `${[streamId, String(revision), event.eventId, event.type, String(event.schemaVersion), JSON.stringify(event.data), JSON.stringify(event.metadata)].map(copyField).join('\t')}\n`;

/** The driver's fastest way in: one transaction per batch, the batch's rows streamed through COPY FROM STDIN. */
export const copyBatch = async (client: Client, schema: string, rows: ReadonlyArray<RawRow>): Promise<void> => {
  await client.query('BEGIN');
  try {
    const stream = client.query(copyFrom(`COPY ${rawTable(schema)} (stream_id, revision, event_id, type, schema_version, data, metadata) FROM STDIN`));
    await pipeline(Readable.from([rows.map(copyLine).join('')]), stream);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
};

/**
 * The simplest code that reads everything back: pages of 1,000 rows by position, as
 * arrays (the driver's cheapest row shape), JSON.parse of each row's data and metadata.
 */
export const selectAndParse = async (client: Client, schema: string): Promise<number> => {
  const text = `SELECT position, stream_id, revision, event_id, type, schema_version, data, metadata FROM ${rawTable(schema)} WHERE position > $1 ORDER BY position LIMIT 1000`;
  let count = 0;
  for (let after = '0'; ; ) {
    const { rows } = await client.query<[string, string, string, string, string, number, string, string]>({ name: `raw-page-${schema}`, text, values: [after], rowMode: 'array' });
    count += rows.length;
    const last = parseRawPage(rows);
    if (last === undefined) return count;
    after = last;
  }
};

/** A side that times `selectAndParse` over the raw table in `schema()` on a connection of its own, and checks it found `expected` rows. */
export const rawReadSide =
  (connectionString: string, schema: () => string, expected: number): Side =>
  async (time) => {
    const client = await rawClient(connectionString);
    try {
      await timedRawRead(expected, () => selectAndParse(client, schema()))(time);
    } finally {
      await client.end();
    }
  };
