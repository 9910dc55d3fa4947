import { alreadyWritten, checkExpectedVersion, type ExpectedVersion } from './expected-version';

/**
 * The protocol server's storage: one append-only log, as EventStoreDB keeps it.
 * Every event is its own record, at a byte offset in the log that serves as both
 * its commit and its prepare position (what the server reports for events written
 * through the gRPC API); offsets grow by each record's size, so they have gaps.
 */
export interface LogRecord {
  readonly streamName: string;
  readonly revision: bigint;
  readonly position: bigint;
  readonly id: string;
  readonly type: string;
  readonly contentType: string;
  /** .NET ticks (100 ns since 0001-01-01), as the server stamps them. */
  readonly created: bigint;
  readonly data: Uint8Array;
  readonly metadata: Uint8Array;
}

export interface ProposedEvent {
  readonly id: string;
  readonly type: string;
  readonly contentType: string;
  readonly data: Uint8Array;
  readonly metadata: Uint8Array;
}

export type WriteOutcome =
  /** `currentRevision` is undefined for a stream that an empty append left without events. */
  | { readonly kind: 'written'; readonly currentRevision: bigint | undefined; readonly firstPosition: bigint; readonly lastPosition: bigint }
  | { readonly kind: 'wrong-expected-version'; readonly currentRevision: bigint | undefined; readonly expected: ExpectedVersion }
  | { readonly kind: 'stream-deleted' }
  | { readonly kind: 'too-large'; readonly maxAppendSize: number };

export type StreamReadOutcome =
  | { readonly kind: 'records'; readonly records: ReadonlyArray<LogRecord> }
  | { readonly kind: 'not-found' }
  | { readonly kind: 'deleted' };

/** A position in `$all` as the protocol carries it. */
export interface AllPosition {
  readonly commit: bigint;
  readonly prepare: bigint;
}

/** Bytes a record takes in the log beside its payload (header, ids, type, stream name). */
const recordOverhead = 120;
const unixEpochInTicks = 621_355_968_000_000_000n;

/** `$all` order: by commit position, then by prepare position. */
export const comparePositions = (left: AllPosition, right: AllPosition): number =>
  left.commit !== right.commit ? (left.commit < right.commit ? -1 : 1) : left.prepare === right.prepare ? 0 : left.prepare < right.prepare ? -1 : 1;

export const positionOf = (record: LogRecord): AllPosition => ({ commit: record.position, prepare: record.position });

export class TransactionLog {
  private readonly all: LogRecord[] = [];
  private readonly streams = new Map<string, LogRecord[]>();
  private readonly deleted = new Set<string>();
  private readonly listeners = new Set<(record: LogRecord) => void>();
  private nextPosition = 0n;

  constructor(
    private readonly maxAppendSize: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Writes `events` to a stream if `expected` holds, all or nothing; a retried write is recognised by its event ids. */
  append(streamName: string, expected: ExpectedVersion, events: ReadonlyArray<ProposedEvent>): WriteOutcome {
    if (this.deleted.has(streamName)) return { kind: 'stream-deleted' };
    const size = events.reduce((total, event) => total + event.data.length + event.metadata.length, 0);
    if (size > this.maxAppendSize) return { kind: 'too-large', maxAppendSize: this.maxAppendSize };
    const stream = this.streams.get(streamName) ?? [];
    const repeated = alreadyWritten(stream, expected, events.map((event) => event.id));
    if (repeated !== undefined) {
      const first = repeated[0];
      const last = repeated[repeated.length - 1];
      if (first !== undefined && last !== undefined) {
        return { kind: 'written', currentRevision: last.revision, firstPosition: first.position, lastPosition: last.position };
      }
    }
    const currentRevision = stream.length === 0 ? undefined : BigInt(stream.length - 1);
    if (!checkExpectedVersion(expected, currentRevision)) return { kind: 'wrong-expected-version', currentRevision, expected };
    const written = events.map((event) => this.write(streamName, event));
    const first = written[0];
    const last = written[written.length - 1];
    if (first === undefined || last === undefined) {
      // An empty append writes an empty transaction: nothing to read, the stream where it was.
      const head = this.nextPosition;
      return { kind: 'written', currentRevision, firstPosition: head, lastPosition: head };
    }
    return { kind: 'written', currentRevision: last.revision, firstPosition: first.position, lastPosition: last.position };
  }

  /** A record the server writes for itself (statistics, settings): a stream whose name starts with `$`. */
  writeSystemEvent(streamName: string, type: string, data: unknown): LogRecord {
    const bytes = new TextEncoder().encode(JSON.stringify(data));
    return this.write(streamName, { id: globalThis.crypto.randomUUID(), type, contentType: 'application/json', data: bytes, metadata: new Uint8Array() });
  }

  /** Hard-deletes (tombstones) a stream: reads and writes are refused from now on. */
  tombstone(streamName: string): void {
    this.deleted.add(streamName);
  }

  readStream(streamName: string, from: bigint | 'start' | 'end', backwards: boolean, count: bigint): StreamReadOutcome {
    if (this.deleted.has(streamName)) return { kind: 'deleted' };
    const stream = this.streams.get(streamName);
    if (stream === undefined) return { kind: 'not-found' };
    const last = BigInt(stream.length - 1);
    const start = from === 'start' ? (backwards ? last : 0n) : from === 'end' ? (backwards ? last : last + 1n) : from;
    const chosen = backwards
      ? stream.filter((record) => record.revision <= start).reverse()
      : stream.filter((record) => record.revision >= start);
    return { kind: 'records', records: chosen.slice(0, Number(count)) };
  }

  /** Forwards: from `from` inclusive; backwards: strictly before it (the end included). */
  readAll(from: AllPosition | 'start' | 'end', backwards: boolean): ReadonlyArray<LogRecord> {
    if (backwards) {
      if (from === 'start') return [];
      const before = from === 'end' ? this.all : this.all.filter((record) => comparePositions(positionOf(record), from) < 0);
      return [...before].reverse();
    }
    if (from === 'end') return [];
    return from === 'start' ? [...this.all] : this.all.filter((record) => comparePositions(positionOf(record), from) >= 0);
  }

  /** Calls `listener` with every record written from now on; returns the way to stop. */
  onWrite(listener: (record: LogRecord) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private write(streamName: string, event: ProposedEvent): LogRecord {
    const stream = this.streams.get(streamName) ?? [];
    const record: LogRecord = {
      ...event,
      streamName,
      revision: BigInt(stream.length),
      position: this.nextPosition,
      created: BigInt(this.now()) * 10_000n + unixEpochInTicks,
    };
    this.nextPosition += BigInt(recordOverhead + streamName.length + event.data.length + event.metadata.length);
    stream.push(record);
    this.streams.set(streamName, stream);
    this.all.push(record);
    for (const listener of this.listeners) listener(record);
    return record;
  }
}
