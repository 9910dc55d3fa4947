import type { ServerWritableStream } from '@grpc/grpc-js';
import type { ReadReq, ReadResp } from '@eventstore/db-client/generated/streams_pb';
import { serverGoingAwayError } from './protocol-errors';

export type CallKind = 'read' | 'subscription';

/** What the server saw of one read or subscription call, for tests to inspect. */
export interface CallRecord {
  readonly kind: CallKind;
  /** The stream read, or `$all`. */
  readonly target: string;
  /** Events sent so far. */
  eventsSent: number;
  /** How the call ended, or undefined while it is open. */
  ending: 'completed' | 'cancelled by the client' | 'ended by the server' | undefined;
}

/** Every read and subscription call the server has answered, open or ended. */
export class OpenCalls {
  readonly history: CallRecord[] = [];
  private readonly live = new Map<CallRecord, ServerWritableStream<ReadReq, ReadResp>>();

  open(kind: CallKind, target: string, call: ServerWritableStream<ReadReq, ReadResp>): CallRecord {
    const record: CallRecord = { kind, target, eventsSent: 0, ending: undefined };
    this.history.push(record);
    this.live.set(record, call);
    call.on('cancelled', () => this.close(record, 'cancelled by the client'));
    return record;
  }

  close(record: CallRecord, ending: NonNullable<CallRecord['ending']>): void {
    if (record.ending !== undefined) return;
    record.ending = ending;
    this.live.delete(record);
  }

  openCount(kind?: CallKind): number {
    return [...this.live.keys()].filter((record) => kind === undefined || record.kind === kind).length;
  }

  /** Ends every open subscription as a server going away does; the client sees it unavailable. */
  dropSubscriptions(): number {
    const dropped = [...this.live.entries()].filter(([record]) => record.kind === 'subscription');
    for (const [record, call] of dropped) {
      this.close(record, 'ended by the server');
      call.emit('error', serverGoingAwayError());
    }
    return dropped.length;
  }
}
