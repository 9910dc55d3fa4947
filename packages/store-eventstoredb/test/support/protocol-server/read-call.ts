import type { ServerWritableStream } from '@grpc/grpc-js';
import { ReadResp, type ReadReq } from '@eventstore/db-client/generated/streams_pb';
import { accessDeniedError, streamDeletedError } from './protocol-errors';
import type { CallKind, CallRecord, OpenCalls } from './open-calls';
import { comparePositions, positionOf, type AllPosition, type LogRecord, type TransactionLog } from './transaction-log';
import { readEventMessage, streamIdentifier, streamNameOf } from './wire-messages';

export interface ReadSettings {
  readonly log: TransactionLog;
  readonly calls: OpenCalls;
  /** False plays a server before 22.6, which reports no positions on stream reads. */
  readonly positionsOnStreamReads: boolean;
  /** True plays a user who may not read `$all`. */
  readonly refuseAll: () => boolean;
}

type Call = ServerWritableStream<ReadReq, ReadResp>;

const recordFilter = (options: ReadReq.Options): ((record: LogRecord) => boolean) => {
  const filter = options.getFilter();
  if (filter === undefined) return () => true;
  const onStream = filter.hasStreamIdentifier();
  const expression = onStream ? filter.getStreamIdentifier() : filter.getEventType();
  const prefixes = expression?.getPrefixList() ?? [];
  const regex = expression?.getRegex() ?? '';
  const pattern = regex === '' ? undefined : new RegExp(regex);
  return (record) => {
    const subject = onStream ? record.streamName : record.type;
    return (prefixes.length === 0 || prefixes.some((prefix) => subject.startsWith(prefix))) && (pattern === undefined || pattern.test(subject));
  };
};

const allStart = (all: ReadReq.Options.AllOptions): AllPosition | 'start' | 'end' => {
  const position = all.getPosition();
  if (position !== undefined) return { commit: BigInt(position.getCommitPosition()), prepare: BigInt(position.getPreparePosition()) };
  return all.hasEnd() ? 'end' : 'start';
};

/** Writes one event, waiting while the client is slow to read (HTTP/2 flow control); false once it cancelled. */
const send = async (call: Call, record: CallRecord, response: ReadResp): Promise<boolean> => {
  if (call.cancelled || record.ending !== undefined) return false;
  record.eventsSent += 1;
  if (!call.write(response)) {
    await new Promise<void>((resolve) => {
      call.once('drain', resolve);
      call.once('cancelled', resolve);
    });
  }
  return !call.cancelled && record.ending === undefined;
};

const sendAll = async (calls: OpenCalls, call: Call, record: CallRecord, records: ReadonlyArray<LogRecord>, withPosition: boolean): Promise<void> => {
  for (const each of records) {
    if (!(await send(call, record, readEventMessage(each, { withPosition })))) return;
  }
  calls.close(record, 'completed');
  call.end();
};

const readStream = (settings: ReadSettings, call: Call, options: ReadReq.Options, count: number): void => {
  const stream = options.getStream();
  const streamName = streamNameOf(stream?.getStreamIdentifier());
  const record = settings.calls.open('read', streamName, call);
  const from = stream?.hasRevision() === true ? BigInt(stream.getRevision()) : stream?.hasEnd() === true ? 'end' : 'start';
  const outcome = settings.log.readStream(streamName, from, options.getReadDirection() === 1, BigInt(count));
  if (outcome.kind === 'deleted') {
    settings.calls.close(record, 'ended by the server');
    return void call.emit('error', streamDeletedError(streamName));
  }
  if (outcome.kind === 'not-found') {
    const notFound = new ReadResp.StreamNotFound();
    notFound.setStreamIdentifier(streamIdentifier(streamName));
    const response = new ReadResp();
    response.setStreamNotFound(notFound);
    call.write(response);
    settings.calls.close(record, 'completed');
    return void call.end();
  }
  void sendAll(settings.calls, call, record, outcome.records, settings.positionsOnStreamReads);
};

/** Opens the record of a call on `$all`, or ends the call refused when the user may not read `$all`. */
const openAllCall = (settings: ReadSettings, kind: CallKind, call: Call): CallRecord | undefined => {
  const record = settings.calls.open(kind, '$all', call);
  if (!settings.refuseAll()) return record;
  settings.calls.close(record, 'ended by the server');
  call.emit('error', accessDeniedError());
  return undefined;
};

const readAll = (settings: ReadSettings, call: Call, options: ReadReq.Options, count: number): void => {
  const record = openAllCall(settings, 'read', call);
  if (record === undefined) return;
  const all = options.getAll();
  const from = all === undefined ? 'start' : allStart(all);
  const chosen = settings.log.readAll(from, options.getReadDirection() === 1).filter(recordFilter(options)).slice(0, count);
  void sendAll(settings.calls, call, record, chosen, true);
};

/**
 * A subscription to `$all`: a confirmation, the stored events after the starting
 * point, the caught-up signal (as servers from 23.10 send it), then live events.
 * The stored events are written and the live listener registered in one turn of
 * the event loop, so no append can fall between them.
 */
const subscribeToAll = (settings: ReadSettings, call: Call, options: ReadReq.Options): void => {
  const record = openAllCall(settings, 'subscription', call);
  if (record === undefined) return;
  const all = options.getAll();
  const from = all === undefined ? 'start' : allStart(all);
  const wanted = recordFilter(options);
  const confirmation = new ReadResp.SubscriptionConfirmation();
  confirmation.setSubscriptionId(globalThis.crypto.randomUUID());
  const confirmed = new ReadResp();
  confirmed.setConfirmation(confirmation);
  call.write(confirmed);
  // Subscriptions start after the position given (reads start at it).
  const stored = from === 'end' ? [] : settings.log.readAll(from, false);
  const after = stored.filter((each) => typeof from === 'string' || comparePositions(positionOf(each), from) > 0).filter(wanted);
  const deliver = (each: LogRecord): void => {
    if (call.cancelled || record.ending !== undefined) return;
    record.eventsSent += 1;
    call.write(readEventMessage(each, { withPosition: true }));
  };
  after.forEach(deliver);
  const caughtUp = new ReadResp();
  caughtUp.setCaughtUp(new ReadResp.CaughtUp());
  call.write(caughtUp);
  const stop = settings.log.onWrite((each) => {
    if (wanted(each)) deliver(each);
  });
  call.on('cancelled', stop);
  call.on('finish', stop);
  call.on('error', stop);
};

export const readCall =
  (settings: ReadSettings) =>
  (call: Call): void => {
    const options = call.request.getOptions();
    const count = Number(options?.getCount() ?? '0');
    if (options === undefined) return void call.end();
    if (options.hasSubscription()) {
      if (options.hasAll()) return subscribeToAll(settings, call, options);
      // Stream subscriptions are not among the calls the adapter makes.
      const record = settings.calls.open('subscription', streamNameOf(options.getStream()?.getStreamIdentifier()), call);
      settings.calls.close(record, 'ended by the server');
      return void call.emit('error', Object.assign(new Error('12 UNIMPLEMENTED'), { code: 12, details: 'Stream subscriptions are not served by the protocol test server.' }));
    }
    if (options.hasAll()) return readAll(settings, call, options, count);
    return readStream(settings, call, options, count);
  };
