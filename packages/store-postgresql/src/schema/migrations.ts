import { quoted } from '../connection/schema-name';
import { appendEventsFunction } from './append-events-function';

/** One forward step of a schema; its version is its place in the list, counting from 1. */
export interface Migration {
  /** Recorded in the schema's history, so a person can see what each version added. */
  readonly description: string;
  /** The SQL of the step, for the schema it is applied to. */
  readonly sql: (schema: string) => string;
}

/** The key of the advisory lock under which writers of `schema` take their positions. */
export const positionLockKey = (schema: string): string => `hashtextextended('send-hub positions of ${schema}', 0)`;

/**
 * The event schema, oldest step first. Released steps are never edited or reordered.
 *
 * Positions and transaction ids: every append takes its positions in `reserve_positions`,
 * as its transaction's first write, under a short advisory lock. So a later position always
 * belongs to a later transaction id, and a reader that takes only rows whose transaction id
 * is below its snapshot's horizon (`pg_snapshot_xmin`) can never see a position and later find
 * a smaller one committed behind it. See docs/decisions/0038.
 *
 * `data` and `metadata` are `text`, the exact JSON the writer's hash chain was computed
 * over: `jsonb` would reorder keys and rewrite numbers.
 */
export const eventMigrations: ReadonlyArray<Migration> = [
  {
    description: 'events: positions in transaction order, one revision per stream, payloads as the JSON text written',
    sql: (schema) => {
      const s = quoted(schema);
      return `
        CREATE TABLE ${s}.events (
          position bigint PRIMARY KEY,
          transaction_id xid8 NOT NULL,
          stream_id text NOT NULL,
          revision bigint NOT NULL,
          event_id text NOT NULL,
          type text NOT NULL,
          schema_version integer NOT NULL,
          data text NOT NULL,
          metadata text NOT NULL,
          UNIQUE (stream_id, revision)
        );
        CREATE SEQUENCE ${s}.event_positions AS bigint MINVALUE 1 CACHE 1;
        CREATE FUNCTION ${s}.reserve_positions(count integer) RETURNS bigint LANGUAGE plpgsql AS $body$
        DECLARE
          first_position bigint;
        BEGIN
          PERFORM pg_advisory_lock(${positionLockKey(schema)});
          BEGIN
            PERFORM pg_current_xact_id();
            first_position := nextval('${s}.event_positions');
            IF count > 1 THEN
              PERFORM setval('${s}.event_positions', first_position + count - 1);
            END IF;
          EXCEPTION WHEN OTHERS THEN
            PERFORM pg_advisory_unlock(${positionLockKey(schema)});
            RAISE;
          END;
          PERFORM pg_advisory_unlock(${positionLockKey(schema)});
          RETURN first_position;
        END
        $body$;
      `;
    },
  },
  {
    description: 'projection checkpoints, each kept with its state',
    sql: (schema) => `
      CREATE TABLE ${quoted(schema)}.projection_checkpoints (
        projection text PRIMARY KEY,
        position bigint NOT NULL,
        state text NOT NULL
      );
    `,
  },
  {
    description: 'append_events: a group of appends, each checked against its expected revision, in one statement',
    sql: appendEventsFunction,
  },
];
