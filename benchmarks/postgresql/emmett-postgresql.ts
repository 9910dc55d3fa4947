import { dumbo } from '@event-driven-io/dumbo';
import { getPostgreSQLEventStore, readMessagesBatch, type PostgresEventStore, type PostgresReadEventMetadata } from '@event-driven-io/emmett-postgresql';
import { STREAM_DOES_NOT_EXIST, type ReadEvent } from '@event-driven-io/emmett';
import { hubReadModelProjection, type HubModels } from '@send-hub/application';
import type { CaseCommand } from '@send-hub/core';
import type { NewEvent, RecordedEvent } from '@send-hub/event-store';
import { hubEventSchemaVersions, isHubEventType } from '@send-hub/hub';
import { ProjectionFold, type FoldState } from '@send-hub/projections';
import { recordThroughEmmett } from '../peer/emmett-case-handler';

/** An imported event as Emmett stores it: the hub event's type, its codec-encoded data, and our metadata (with its hashes) as Emmett's metadata. */
interface ImportedEvent {
  readonly type: string;
  readonly data: Record<string, unknown>;
  readonly metadata: Record<string, unknown>;
}

/**
 * Emmett's PostgreSQL event store on `connectionString` (whose search path names a fresh
 * schema), its tables made before anything is timed. Pooled, as Emmett opens it by default.
 */
export const openEmmettPostgres = async (connectionString: string): Promise<PostgresEventStore> => {
  const store = getPostgreSQLEventStore(connectionString, { schema: { autoMigration: 'None' } });
  await store.schema.migrate();
  return store;
};

/**
 * Records one officer's commands through Emmett's DeciderCommandHandler over its
 * PostgreSQL store, one after another, noting how long each took in milliseconds.
 */
export const recordInTurnThroughEmmett = async (store: PostgresEventStore, commands: ReadonlyArray<CaseCommand>, latencies: number[]): Promise<number> => {
  let written = 0;
  for (const command of commands) {
    const start = process.hrtime.bigint();
    written += await recordThroughEmmett(store, [command], { decode: false });
    latencies.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return written;
};

/** Writes the imported history into Emmett's store (untimed: it is what the rebuild reads), a batch per stream as our import writes it, the same data and metadata. */
export const importIntoEmmett = async (store: PostgresEventStore, batches: ReadonlyArray<ReadonlyArray<NewEvent>>): Promise<void> => {
  for (const [batch, events] of batches.entries()) {
    await store.appendToStream<ImportedEvent>(
      `import-${batch}`,
      events.map((event) => ({ type: event.type, data: event.data as Record<string, unknown>, metadata: event.metadata as unknown as Record<string, unknown> })),
      { expectedStreamVersion: STREAM_DOES_NOT_EXIST },
    );
  }
};

/** Emmett's read event as the hub's folds read one: the same type, data and positions, the schema version the hub writes. */
const asRecorded = (event: ReadEvent<ImportedEvent, PostgresReadEventMetadata>): RecordedEvent => ({
  eventId: event.metadata.messageId,
  type: event.type,
  schemaVersion: isHubEventType(event.type) ? hubEventSchemaVersions[event.type] : 1,
  data: event.data,
  // Ours, with Emmett's own fields beside them; neither read model reads metadata.
  metadata: event.metadata as unknown as RecordedEvent['metadata'],
  streamId: event.metadata.streamName,
  revision: event.metadata.streamPosition,
  position: event.metadata.globalPosition,
});

/**
 * Both read models rebuilt from Emmett's store through Emmett's own way of reading
 * everything: a consumer pulling batches of `batchSize` messages from the start, a
 * reactor handed each message (its checkpoint stored in Emmett's processors table after
 * each batch), the consumer stopping when no messages are left. Each event is folded by
 * the same fold as ours: decodeHubEvent (io-ts) and the district and board reducers.
 */
export const rebuildThroughEmmett = async (connectionString: string, processorId: string, batchSize: number): Promise<FoldState<HubModels>> => {
  const fold = new ProjectionFold(hubReadModelProjection, { model: hubReadModelProjection.initial(), position: undefined });
  const store = getPostgreSQLEventStore(connectionString, { schema: { autoMigration: 'None' } });
  try {
    // No pause between batches: Emmett's default waits 50 ms after each one, as a live consumer would.
    const consumer = store.consumer<ImportedEvent>({ stopWhen: { noMessagesLeft: true }, pulling: { batchSize, pullingFrequencyInMs: 0 } });
    consumer.reactor<ImportedEvent>({
      processorId,
      startFrom: 'BEGINNING',
      eachMessage: (message) => {
        fold.feed(asRecorded(message as ReadEvent<ImportedEvent, PostgresReadEventMetadata>));
      },
    });
    await consumer.start();
    await consumer.close();
  } finally {
    await store.close();
  }
  return fold.state();
};

/**
 * The same fold over Emmett's lowest-level read of the whole store: `readMessagesBatch`
 * after the last position, `batchSize` at a time, until none are left (no consumer, no
 * checkpoints): the least Emmett's store needs to hand every event to a projection.
 */
export const foldThroughEmmettBatches = async (connectionString: string, batchSize: number): Promise<FoldState<HubModels>> => {
  const fold = new ProjectionFold(hubReadModelProjection, { model: hubReadModelProjection.initial(), position: undefined });
  const pool = dumbo({ connectionString });
  try {
    for (let after = 0n; ; ) {
      const batch = await readMessagesBatch<ImportedEvent, PostgresReadEventMetadata>(pool.execute, { after, batchSize });
      for (const message of batch.messages) fold.feed(asRecorded(message as ReadEvent<ImportedEvent, PostgresReadEventMetadata>));
      if (!batch.areMessagesLeft || batch.messages.length === 0) break;
      after = batch.currentGlobalPosition;
    }
  } finally {
    await pool.close();
  }
  return fold.state();
};
