import { quoted } from '../connection/schema-name';

/**
 * `append_events`: a whole group of appends in one statement, so one round trip and one
 * commit (one flush of the server's log) for the group. Each append keeps its own check
 * of its expected revision against its stream as it stands after the appends before it
 * in the group, and its own outcome: `appended` (the stream's new last revision and that
 * event's position), `conflict` (the stream's actual last revision, null when it does not
 * exist), or `missing` (no events for a stream that does not exist). The heads are read
 * before anything is written, which takes no transaction id; then `reserve_positions`
 * takes every position of the group as the transaction's first write, as decision 38
 * requires, and the rows are inserted. Reading the heads without a lock is safe: revisions
 * are `UNIQUE (stream_id, revision)`, so a writer that got in between makes the insert fail
 * and nothing of the group is written; the client then writes its appends one at a time.
 * Rows arrive flat, in append order, each naming its append (`row_appends`, from 1) and
 * its place in it (`row_offsets`, from 0).
 */
export const appendEventsFunction = (schema: string): string => {
  const s = quoted(schema);
  return `
    CREATE FUNCTION ${s}.append_events(
      p_stream_ids text[], p_expectations text[], p_counts integer[],
      p_row_appends integer[], p_row_offsets integer[], p_event_ids text[], p_types text[], p_schema_versions integer[], p_data text[], p_metadata text[],
      p_channel text
    ) RETURNS TABLE (append_outcome text, head_revision bigint, head_position bigint) LANGUAGE plpgsql AS $body$
    DECLARE
      streams text[] := ARRAY(SELECT DISTINCT unnest(p_stream_ids));
      heads bigint[];
      head_positions bigint[];
      head_rows integer[];
      outcomes text[] := '{}';
      revisions bigint[] := '{}';
      positions bigint[] := '{}';
      last_rows integer[] := '{}';
      first_revisions bigint[] := '{}';
      accepted integer := 0;
      first_position bigint;
      stream integer;
      head bigint;
      expectation text;
      met boolean;
    BEGIN
      SELECT array_agg(coalesce(found.revision, -1) ORDER BY wanted.ordinality), array_agg(found.position ORDER BY wanted.ordinality)
        INTO heads, head_positions
        FROM unnest(streams) WITH ORDINALITY AS wanted (stream_id, ordinality)
        LEFT JOIN LATERAL (
          SELECT e.revision, e.position FROM ${s}.events e WHERE e.stream_id = wanted.stream_id ORDER BY e.revision DESC LIMIT 1
        ) found ON true;
      head_rows := array_fill(NULL::integer, ARRAY[cardinality(streams)]);
      FOR i IN 1 .. cardinality(p_stream_ids) LOOP
        stream := array_position(streams, p_stream_ids[i]);
        head := heads[stream];
        expectation := p_expectations[i];
        met := CASE expectation WHEN 'any' THEN true WHEN 'no_stream' THEN head = -1 WHEN 'stream_exists' THEN head >= 0 ELSE head >= 0 AND head = expectation::bigint END;
        IF NOT met THEN
          outcomes[i] := 'conflict';
          revisions[i] := nullif(head, -1);
        ELSIF p_counts[i] = 0 THEN
          outcomes[i] := CASE WHEN head = -1 THEN 'missing' ELSE 'appended' END;
          revisions[i] := nullif(head, -1);
          positions[i] := head_positions[stream];
          last_rows[i] := head_rows[stream];
        ELSE
          first_revisions[i] := head + 1;
          accepted := accepted + p_counts[i];
          heads[stream] := head + p_counts[i];
          head_positions[stream] := NULL;
          head_rows[stream] := accepted;
          outcomes[i] := 'appended';
          revisions[i] := head + p_counts[i];
          last_rows[i] := accepted;
        END IF;
      END LOOP;
      IF accepted > 0 THEN
        first_position := ${s}.reserve_positions(accepted);
        INSERT INTO ${s}.events (position, transaction_id, stream_id, revision, event_id, type, schema_version, data, metadata)
          SELECT first_position + (row_number() OVER (ORDER BY r.ordinality)) - 1, pg_current_xact_id(), p_stream_ids[r.append_index],
            first_revisions[r.append_index] + r.row_offset, r.event_id, r.type, r.schema_version, r.data, r.metadata
          FROM unnest(p_row_appends, p_row_offsets, p_event_ids, p_types, p_schema_versions, p_data, p_metadata)
            WITH ORDINALITY AS r (append_index, row_offset, event_id, type, schema_version, data, metadata, ordinality)
          WHERE first_revisions[r.append_index] IS NOT NULL;
        PERFORM pg_notify(p_channel, (first_position + accepted - 1)::text);
      END IF;
      FOR i IN 1 .. cardinality(p_stream_ids) LOOP
        append_outcome := outcomes[i];
        head_revision := revisions[i];
        head_position := CASE WHEN last_rows[i] IS NULL THEN positions[i] ELSE first_position + last_rows[i] - 1 END;
        RETURN NEXT;
      END LOOP;
    END
    $body$;
  `;
};
