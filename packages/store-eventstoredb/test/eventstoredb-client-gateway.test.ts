import { PassThrough } from 'node:stream';
import {
  AccessDeniedError,
  MaxAppendSizeExceededError,
  StreamDeletedError,
  StreamNotFoundError,
  UnavailableError,
  WrongExpectedVersionError,
  type AllStreamResolvedEvent,
  type SubscribeToAllOptions,
} from '@eventstore/db-client';
import { InvalidEventError, StoreUnavailableError } from '@send-hub/event-store';
import { createClientGateway, openClientGateway, redactCredentials, type ClientCalls } from '../src/client/eventstoredb-client-gateway';
import { connectEventStoreDb } from '../src';
import { collect } from './support/fake-store';

const resolved = (streamId: string, revision: bigint, position: bigint): AllStreamResolvedEvent => ({
  event: {
    streamId,
    id: '0f8fad5b-d9cb-469f-a165-70867728950e',
    isJson: true,
    revision,
    type: 'CaseReferred',
    created: new Date(0),
    data: { child: 'child-1' },
    metadata: { schemaVersion: 1 },
    position: { commit: position, prepare: position },
  },
});

/** A readable of resolved events, as the client's reads and subscriptions are, failing with `error` at the end if given. */
const streamOf = (events: AllStreamResolvedEvent[], error?: Error) => {
  const stream = new PassThrough({ objectMode: true });
  for (const event of events) stream.write(event);
  if (error === undefined) stream.end();
  else setImmediate(() => stream.destroy(error));
  return Object.assign(stream, { cancel: async () => undefined });
};

const fakeClient = (overrides: Partial<Record<keyof ClientCalls, unknown>>): ClientCalls =>
  ({ dispose: async () => undefined, ...overrides }) as unknown as ClientCalls;

describe('the client gateway', () => {
  it('passes the expected revision as the client constant and the event as JSON with its metadata', async () => {
    const calls: unknown[] = [];
    const gateway = createClientGateway(
      fakeClient({
        appendToStream: async (...args: unknown[]) => {
          calls.push(args);
          return { success: true, nextExpectedRevision: 4n, position: { commit: 900n, prepare: 800n } };
        },
      }),
      'esdb://localhost:2113',
    );
    const record = { id: '0f8fad5b-d9cb-469f-a165-70867728950e', type: 'CaseReferred', data: { a: 1 }, metadata: { schemaVersion: 1 } };
    const outcome = await gateway.append('case-1', [record], 'stream_exists');
    expect(outcome).toEqual({ kind: 'appended', nextExpectedRevision: 4n, position: { commit: 900n, prepare: 800n } });
    expect(calls).toEqual([
      ['case-1', [{ ...record, contentType: 'application/json' }], { expectedRevision: 'stream_exists' }],
    ]);
  });

  it.each([
    ['a revision', 7n, 7n],
    ['no stream', 'no_stream' as const, undefined],
  ])('turns WrongExpectedVersionError into a wrong expected revision, the stream being at %s', async (_, current, actual) => {
    const error = new WrongExpectedVersionError(undefined, { streamName: 'case-1', expected: 3n, current });
    const gateway = createClientGateway(fakeClient({ appendToStream: async () => Promise.reject(error) }), 'server');
    expect(await gateway.append('case-1', [], 3n)).toEqual({ kind: 'wrong-expected-revision', actualRevision: actual });
  });

  it('reports a deleted stream, refused access and an unreachable server as StoreUnavailableError saying what to do', async () => {
    const failing = (error: Error) =>
      createClientGateway(fakeClient({ appendToStream: async () => Promise.reject(error) }), 'esdb://db.example:2113').append('case-1', [], 'any');
    await expect(failing(new StreamDeletedError(undefined, 'case-1'))).rejects.toThrow('"case-1" was deleted in EventStoreDB');
    await expect(failing(new AccessDeniedError(undefined, 'Access denied'))).rejects.toThrow('is not allowed to do this');
    const tooLarge = failing(new MaxAppendSizeExceededError(undefined, 1_048_576));
    await expect(tooLarge).rejects.toThrow(InvalidEventError);
    await expect(tooLarge).rejects.toThrow('larger than the server accepts in one append (1048576 bytes)');
    const unreachable = failing(new UnavailableError(undefined, '14 UNAVAILABLE: No connection established'));
    await expect(unreachable).rejects.toThrow(StoreUnavailableError);
    await expect(unreachable).rejects.toThrow(
      'EventStoreDB could not append to "case-1": 14 UNAVAILABLE: No connection established. Check that the server at esdb://db.example:2113 is running and reachable.',
    );
  });

  it('reads a missing or deleted stream as empty and maps the records it reads', async () => {
    for (const error of [new StreamNotFoundError(undefined, 'case-1'), new StreamDeletedError(undefined, 'case-1')]) {
      const gateway = createClientGateway(fakeClient({ readStream: () => streamOf([], error) }), 'server');
      expect(await collect(gateway.readStream('case-1', 0n, 10, 'forwards'))).toEqual([]);
    }
    const options: unknown[] = [];
    const gateway = createClientGateway(
      fakeClient({
        readStream: (_: string, given: unknown) => {
          options.push(given);
          return streamOf([resolved('case-1', 0n, 51n), {}]);
        },
      }),
      'server',
    );
    expect(await collect(gateway.readStream('case-1', 'end', 1, 'backwards'))).toEqual([
      { streamId: 'case-1', id: '0f8fad5b-d9cb-469f-a165-70867728950e', type: 'CaseReferred', revision: 0n, position: { commit: 51n, prepare: 51n }, isJson: true, data: { child: 'child-1' }, metadata: { schemaVersion: 1 } },
    ]);
    expect(options).toEqual([{ fromRevision: 'end', maxCount: 1, direction: 'backwards' }]);
  });

  it('cancels the server call when a reader leaves a read early', async () => {
    let cancelled = 0;
    const read = Object.assign(streamOf([resolved('case-1', 0n, 51n), resolved('case-1', 1n, 60n)]), {
      cancel: async () => void (cancelled += 1),
    });
    const gateway = createClientGateway(fakeClient({ readAll: () => read }), 'server');
    for await (const record of gateway.readAll('start', 2, 'forwards')) {
      expect(record.revision).toBe(0n);
      break;
    }
    expect(cancelled).toBe(1);
  });

  it('reads $all from the start, the end or a position, and reports a failed read', async () => {
    const options: unknown[] = [];
    const gateway = createClientGateway(
      fakeClient({
        readAll: (given: unknown) => {
          options.push(given);
          return streamOf([resolved('case-1', 0n, 51n)]);
        },
      }),
      'server',
    );
    await collect(gateway.readAll('start', 5, 'forwards'));
    await collect(gateway.readAll({ commit: 51n, prepare: 51n }, 5, 'backwards'));
    expect(options).toEqual([
      { fromPosition: 'start', maxCount: 5, direction: 'forwards' },
      { fromPosition: { commit: 51n, prepare: 51n }, maxCount: 5, direction: 'backwards' },
    ]);
    const failing = createClientGateway(fakeClient({ readAll: () => streamOf([], new Error('socket hang up')) }), 'server');
    await expect(collect(failing.readAll('end', 5, 'backwards'))).rejects.toThrow('EventStoreDB could not read $all: socket hang up.');
  });
});

describe('the client gateway subscriptions', () => {
  const subscribing = (stream: PassThrough) => {
    const given: SubscribeToAllOptions[] = [];
    let unsubscribed = 0;
    const gateway = createClientGateway(
      fakeClient({
        subscribeToAll: (options: SubscribeToAllOptions) => {
          given.push(options);
          return Object.assign(stream, { unsubscribe: async () => void (unsubscribed += 1) });
        },
      }),
      'server',
    );
    return { gateway, given, unsubscribed: () => unsubscribed };
  };

  it('filters on the prefix, or on non-system streams without one, and starts at the position given', () => {
    const { gateway, given } = subscribing(new PassThrough({ objectMode: true }));
    gateway.subscribeToAll('start', 'case-');
    gateway.subscribeToAll({ commit: 70n, prepare: 70n }, undefined);
    expect(given.map((options) => options.fromPosition)).toEqual(['start', { commit: 70n, prepare: 70n }]);
    expect(given[0]?.filter).toMatchObject({ filterOn: 'streamName', prefixes: ['case-'] });
    expect(given[1]?.filter).toMatchObject({ filterOn: 'streamName', regex: '^[^$]' });
  });

  it('settles confirmed when the server accepts, and turns a drop into StoreUnavailableError', async () => {
    const stream = new PassThrough({ objectMode: true });
    const { gateway } = subscribing(stream);
    const live = gateway.subscribeToAll('start', undefined);
    stream.emit('confirmation');
    await live.confirmed;
    stream.write(resolved('case-1', 0n, 51n));
    const iterator = live[Symbol.asyncIterator]();
    expect((await iterator.next()).value).toMatchObject({ streamId: 'case-1', position: { commit: 51n, prepare: 51n } });
    stream.destroy(new Error('14 UNAVAILABLE: Connection dropped'));
    await expect(iterator.next()).rejects.toThrow('EventStoreDB could not keep its subscription to $all open: 14 UNAVAILABLE: Connection dropped.');
  });

  it('stop() cancels the subscription and ends iteration without an error', async () => {
    const stream = new PassThrough({ objectMode: true });
    const { gateway, unsubscribed } = subscribing(stream);
    const live = gateway.subscribeToAll('start', undefined);
    const pending = live[Symbol.asyncIterator]().next();
    await live.stop();
    expect(await pending).toEqual({ done: true, value: undefined });
    expect(unsubscribed()).toBe(1);
    // An error the connection reports after the end must not bring the process down.
    expect(() => stream.emit('error', new Error('14 UNAVAILABLE: late'))).not.toThrow();
  });
});

describe('connecting', () => {
  it('hides credentials in everything it reports about the connection string', () => {
    expect(redactCredentials('esdb://admin:changeit@db:2113?tls=true')).toBe('esdb://***@db:2113?tls=true');
    expect(redactCredentials('esdb://db:2113')).toBe('esdb://db:2113');
    expect(redactCredentials('esdb://admin:changeit@db:2113', 'bad text near admin:changeit')).toBe('bad text near ***');
    expect(() => openClientGateway('mysql://admin:changeit@db:2113')).toThrow(StoreUnavailableError);
    expect(() => openClientGateway('mysql://admin:changeit@db:2113')).not.toThrow('changeit');
    expect(() => openClientGateway('mysql://admin:changeit@db:2113')).toThrow('It should look like esdb://localhost:2113?tls=false.');
  });

  it('creates a store without touching the network, and disposes of it', async () => {
    const store = connectEventStoreDb('esdb://localhost:2113?tls=false', { pageSize: 100 });
    await store.dispose();
    expect(() => connectEventStoreDb('esdb://localhost:2113?tls=false', { pageSize: 1 })).toThrow(
      'The EventStoreDB store option "pageSize" must be a whole number of at least 2, but was 1.',
    );
  });
});
