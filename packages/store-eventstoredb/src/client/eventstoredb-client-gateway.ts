import {
  ANY,
  BACKWARDS,
  END,
  EventStoreDBClient,
  FORWARDS,
  NO_STREAM,
  START,
  STREAM_EXISTS,
  AccessDeniedError,
  MaxAppendSizeExceededError,
  StreamDeletedError,
  StreamNotFoundError,
  WrongExpectedVersionError,
  streamNameFilter,
  type AppendExpectedRevision,
  type Direction,
  type EventData,
  type ReadPosition,
  type ReadRevision,
  type RecordedEvent,
  type StreamingRead,
} from '@eventstore/db-client';
import { InvalidEventError, StoreUnavailableError, type ExpectedRevision } from '@send-hub/event-store';
import type { AllReadStart, EventStoreDbGateway, LiveRecords, ReadDirection, StoredRecord, SubscriptionStart } from './gateway';

/** The client calls the gateway makes; a test hands in a fake with the same shape. */
export type ClientCalls = Pick<EventStoreDBClient, 'appendToStream' | 'readStream' | 'readAll' | 'subscribeToAll' | 'dispose'>;

const userInfoPattern = /^[a-z+]+:\/\/([^@/]*)@/i;

/** Hides the user name and password a connection string may carry, wherever `text` repeats them. */
export const redactCredentials = (connectionString: string, text: string = connectionString): string => {
  const userInfo = userInfoPattern.exec(connectionString)?.[1];
  return userInfo === undefined || userInfo === '' ? text : text.split(userInfo).join('***');
};

const reasonOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

const clientRevision = (expected: ExpectedRevision): AppendExpectedRevision => {
  switch (expected) {
    case 'any':
      return ANY;
    case 'no_stream':
      return NO_STREAM;
    case 'stream_exists':
      return STREAM_EXISTS;
    default:
      return expected;
  }
};

const clientDirection = (direction: ReadDirection): Direction => (direction === 'forwards' ? FORWARDS : BACKWARDS);

const toStoredRecord = (event: RecordedEvent): StoredRecord => ({
  streamId: event.streamId,
  id: event.id,
  type: event.type,
  revision: event.revision,
  position: event.position,
  isJson: event.isJson,
  data: event.data,
  metadata: event.metadata,
});

/**
 * The records of one client read. Leaving early cancels the server call, which would
 * otherwise stream on into a closed reader; the lasting error listener keeps an error
 * that arrives after iteration ended from crashing the process (iteration still sees
 * errors through its own listener).
 */
async function* recordsOf(read: StreamingRead<{ readonly event?: RecordedEvent }>): AsyncGenerator<StoredRecord> {
  read.on('error', () => undefined);
  let finished = false;
  try {
    for await (const resolved of read) {
      if (resolved.event !== undefined) yield toStoredRecord(resolved.event);
    }
    finished = true;
  } finally {
    if (!finished) void read.cancel().catch(() => undefined);
  }
}

/** Wraps a client (real or fake) as the adapter's gateway, translating its errors. */
export const createClientGateway = (client: ClientCalls, server: string): EventStoreDbGateway => {
  const unavailable = (what: string, error: unknown): StoreUnavailableError => {
    const advice =
      error instanceof AccessDeniedError
        ? 'The user in the connection string is not allowed to do this: connect as a user with access to the streams and to $all.'
        : `Check that the server at ${server} is running and reachable.`;
    return new StoreUnavailableError(`EventStoreDB could not ${what}: ${reasonOf(error)}. ${advice}`, error);
  };

  // Disposing cancels the client's reads, and a cancelled read ends as if it were complete:
  // a read still under way then must fail, or its reader would take part of it for the whole.
  let disposed = false;
  const endedByDisposal = (what: string): StoreUnavailableError =>
    new StoreUnavailableError(`The EventStoreDB store was disposed while reading ${what}, so the read stopped short. Read again from a connected store.`);

  const readAllFrom = (start: AllReadStart): ReadPosition => (start === 'start' ? START : start === 'end' ? END : start);
  const subscribeFrom = (start: SubscriptionStart): ReadPosition => (start === 'start' ? START : start);

  return {
    async append(streamId, records, expected) {
      const events = records.map(
        (record): EventData => ({
          id: record.id,
          contentType: 'application/json',
          type: record.type,
          // The client's JSON type is narrower than JSON itself (no numbers, null or booleans at the top).
          data: record.data as Record<string, unknown>,
          metadata: record.metadata,
        }),
      );
      try {
        const result = await client.appendToStream(streamId, events, { expectedRevision: clientRevision(expected) });
        return { kind: 'appended', nextExpectedRevision: result.nextExpectedRevision, position: result.position };
      } catch (error) {
        if (error instanceof WrongExpectedVersionError) {
          const actual = error.actualVersion;
          return { kind: 'wrong-expected-revision', actualRevision: typeof actual === 'bigint' ? actual : undefined };
        }
        if (error instanceof MaxAppendSizeExceededError) {
          throw new InvalidEventError(
            `The append to "${streamId}" is larger than the server accepts in one append (${error.maxAppendSize} bytes). ` +
              'Append fewer or smaller events, or start the server with a larger --max-append-size.',
          );
        }
        if (error instanceof StreamDeletedError) {
          throw new StoreUnavailableError(
            `The stream "${streamId}" was deleted in EventStoreDB and can no longer be written to. ` +
              'Write to another stream, or restore it on the server.',
            error,
          );
        }
        throw unavailable(`append to "${streamId}"`, error);
      }
    },

    async *readStream(streamId, from, maxCount, direction) {
      const fromRevision: ReadRevision = from === 'end' ? END : from;
      const options = { fromRevision, maxCount, direction: clientDirection(direction) };
      try {
        yield* recordsOf(client.readStream(streamId, options));
      } catch (error) {
        // The port reads a missing stream as an empty one; a deleted stream is missing too.
        if (error instanceof StreamNotFoundError || error instanceof StreamDeletedError) return;
        throw unavailable(`read the stream "${streamId}"`, error);
      }
      if (disposed) throw endedByDisposal(`the stream "${streamId}"`);
    },

    async *readAll(start, maxCount, direction) {
      const options = { fromPosition: readAllFrom(start), maxCount, direction: clientDirection(direction) };
      try {
        yield* recordsOf(client.readAll(options));
      } catch (error) {
        throw unavailable('read $all', error);
      }
      if (disposed) throw endedByDisposal('$all');
    },

    subscribeToAll(start, streamPrefix): LiveRecords {
      const filter =
        streamPrefix === undefined ? streamNameFilter({ regex: '^[^$]' }) : streamNameFilter({ prefixes: [streamPrefix] });
      const subscription = client.subscribeToAll({ fromPosition: subscribeFrom(start), filter });
      // Iteration sees errors through its own listener; this one outlives it (see `recordsOf`).
      subscription.on('error', () => undefined);
      const confirmed = new Promise<void>((resolve) => subscription.once('confirmation', () => resolve()));
      let stopped = false;
      return {
        confirmed,
        async *[Symbol.asyncIterator]() {
          try {
            for await (const resolved of subscription) {
              if (resolved.event !== undefined) yield toStoredRecord(resolved.event);
            }
          } catch (error) {
            if (stopped) return;
            throw unavailable('keep its subscription to $all open', error);
          }
        },
        async stop() {
          stopped = true;
          try {
            await subscription.unsubscribe();
          } catch {
            // A subscription that never connected has nothing to cancel.
          }
          subscription.destroy();
        },
      };
    },

    dispose: async () => {
      disposed = true;
      await client.dispose();
    },
  };
};

/** Opens a client from a connection string such as `esdb://localhost:2113?tls=false`. */
export const openClientGateway = (connectionString: string): EventStoreDbGateway => {
  const server = redactCredentials(connectionString);
  let client: EventStoreDBClient;
  try {
    client = EventStoreDBClient.connectionString(connectionString);
  } catch (error) {
    throw new StoreUnavailableError(
      `The EventStoreDB connection string "${server}" could not be read: ${redactCredentials(connectionString, reasonOf(error))}. ` +
        'It should look like esdb://localhost:2113?tls=false.',
      error,
    );
  }
  return createClientGateway(client, server);
};
