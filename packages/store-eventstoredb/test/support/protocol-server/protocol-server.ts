import { Server, ServerCredentials, status, type sendUnaryData, type ServerUnaryCall } from '@grpc/grpc-js';
import { ServerFeaturesService } from '@eventstore/db-client/generated/serverfeatures_grpc_pb';
import { SupportedMethod, SupportedMethods } from '@eventstore/db-client/generated/serverfeatures_pb';
import type { Empty } from '@eventstore/db-client/generated/shared_pb';
import { StreamsService } from '@eventstore/db-client/generated/streams_grpc_pb';
import { TombstoneResp, type DeleteReq, type DeleteResp, type TombstoneReq } from '@eventstore/db-client/generated/streams_pb';
import { appendCall, batchAppendCall } from './append-calls';
import { OpenCalls } from './open-calls';
import { readCall } from './read-call';
import { TransactionLog } from './transaction-log';
import { streamNameOf } from './wire-messages';

export interface ProtocolServerOptions {
  /** The server's limit on one append, in bytes of data and metadata (EventStoreDB's default: 1 MiB). */
  readonly maxAppendSize?: number;
  /**
   * Whether the server lists its methods, batch append among them, as servers from
   * 21.10 do; without the list the client falls back to the one-call `Append`. Default true.
   */
  readonly serverFeatures?: boolean;
  /** Whether stream reads report positions, as servers from 22.6 do. Default true. */
  readonly positionsOnStreamReads?: boolean;
  /** Writes a statistics event to a system stream after every this many appends, as a server does every 30 seconds. */
  readonly statisticsEvery?: number;
}

/**
 * An EventStoreDB stand-in speaking the real gRPC protocol, for the adapter's tests:
 * the client's own generated service definitions and messages on an HTTP/2 port
 * picked free. What it answers, and what it does not, is in decision record 0013.
 */
export interface ProtocolServer {
  /** Insecure, single node: `esdb://127.0.0.1:<port>?tls=false`. */
  readonly connectionString: string;
  readonly log: TransactionLog;
  readonly calls: OpenCalls;
  /** Plays a user who may not read `$all` (true), or one who may (false). */
  refuseAll(refused: boolean): void;
  /** Stops at once, ending every open call, as a server that goes down does. */
  stop(): Promise<void>;
}

const supportedMethods = (): SupportedMethods => {
  const methods = new SupportedMethods();
  methods.setEventStoreServerVersion('23.10.0');
  const streamsService = 'event_store.client.streams.Streams';
  for (const [name, features] of [['Read', ['position', 'events']], ['Append', []], ['BatchAppend', []], ['Delete', []], ['Tombstone', []]] as const) {
    const method = new SupportedMethod();
    method.setServiceName(streamsService);
    method.setMethodName(name);
    method.setFeaturesList([...features]);
    methods.addMethods(method);
  }
  return methods;
};

const tombstoneCall =
  (log: TransactionLog) =>
  (call: ServerUnaryCall<TombstoneReq, TombstoneResp>, callback: sendUnaryData<TombstoneResp>): void => {
    log.tombstone(streamNameOf(call.request.getOptions()?.getStreamIdentifier()));
    callback(null, new TombstoneResp());
  };

const softDeleteCall = (_call: ServerUnaryCall<DeleteReq, DeleteResp>, callback: sendUnaryData<DeleteResp>): void =>
  callback({ code: status.UNIMPLEMENTED, details: 'Soft deletion is not served by the protocol test server; tombstone the stream instead.' });

export const startProtocolServer = async (options: ProtocolServerOptions = {}): Promise<ProtocolServer> => {
  const log = new TransactionLog(options.maxAppendSize ?? 1_048_576);
  log.writeSystemEvent('$settings', '$settings', { $userStreamAcl: { $r: '$all' } });
  const calls = new OpenCalls();
  let allRefused = false;
  let appends = 0;
  const countAppend = (): void => {
    appends += 1;
    if (options.statisticsEvery !== undefined && appends % options.statisticsEvery === 0) {
      log.writeSystemEvent('$stats-127.0.0.1:2113', '$statsCollected', { 'proc-id': process.pid, appends });
    }
  };
  const server = new Server();
  server.addService(StreamsService, {
    read: readCall({ log, calls, positionsOnStreamReads: options.positionsOnStreamReads ?? true, refuseAll: () => allRefused }),
    append: appendCall(log, countAppend),
    batchAppend: batchAppendCall(log, countAppend),
    delete: softDeleteCall,
    tombstone: tombstoneCall(log),
  });
  if (options.serverFeatures ?? true) {
    server.addService(ServerFeaturesService, {
      getSupportedMethods: (_call: ServerUnaryCall<Empty, SupportedMethods>, callback: sendUnaryData<SupportedMethods>) =>
        callback(null, supportedMethods()),
    });
  }
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync('127.0.0.1:0', ServerCredentials.createInsecure(), (error, bound) => (error === null ? resolve(bound) : reject(error))),
  );
  return {
    connectionString: `esdb://127.0.0.1:${port}?tls=false`,
    log,
    calls,
    refuseAll: (refused) => {
      allRefused = refused;
    },
    stop: async () => {
      server.forceShutdown();
    },
  };
};
