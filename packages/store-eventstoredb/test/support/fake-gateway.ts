import type { ExpectedRevision } from '@send-hub/event-store';
import type {
  AllReadStart,
  AppendOutcome,
  EventStoreDbGateway,
  LiveRecords,
  LogPosition,
  ReadDirection,
  RecordToWrite,
  StoredRecord,
  SubscriptionStart,
} from '../../src/client/gateway';

/** A record as the fake server keeps it: payloads as text, the way the real server keeps bytes. */
export interface RawRecord {
  readonly streamId: string;
  readonly id: string;
  readonly type: string;
  readonly revision: bigint;
  readonly position: LogPosition;
  readonly isJson: boolean;
  readonly dataText: string;
  readonly metadataText: string;
}

const compare = (left: LogPosition, right: LogPosition): number =>
  left.commit !== right.commit ? Number(left.commit - right.commit) : Number(left.prepare - right.prepare);

/** Parses the way `@eventstore/db-client` 6.x does: unparseable JSON comes back as its raw text. */
const parseLikeTheClient = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
};

const toStored = (raw: RawRecord, withPosition: boolean): StoredRecord => ({
  streamId: raw.streamId,
  id: raw.id,
  type: raw.type,
  revision: raw.revision,
  position: withPosition ? raw.position : undefined,
  isJson: raw.isJson,
  data: raw.isJson ? parseLikeTheClient(raw.dataText) : new TextEncoder().encode(raw.dataText),
  metadata: raw.metadataText === '' ? undefined : (() => {
    try {
      return JSON.parse(raw.metadataText) as unknown;
    } catch {
      return new TextEncoder().encode(raw.metadataText);
    }
  })(),
});

/**
 * An in-memory stand-in for an EventStoreDB server behind the gateway: one log with
 * gaps between positions, system records mixed in, the server's expected-revision
 * rules, inclusive `$all` reads and exclusive subscriptions, and switches to make
 * reads and subscriptions fail.
 */
export class FakeGateway implements EventStoreDbGateway {
  readonly log: RawRecord[] = [];
  readonly subscriptionStarts: SubscriptionStart[] = [];
  readonly readAllStarts: AllReadStart[] = [];
  disposed = false;
  /** Reads of single streams leave positions out, as servers before 22.6 do. */
  streamReadsWithoutPositions = false;
  /**
   * The next subscriptions each fail after delivering this many records (one entry per
   * subscription); at 0 the server fails it before accepting it.
   */
  readonly subscriptionFailures: number[] = [];
  /** The next reads of `$all` each fail after this many records. */
  readonly readAllFailures: number[] = [];
  /** Reads of `$all` wait until the client is closed, then fail, as a read of an unresponsive server would. */
  holdReadsUntilDisposed = false;
  private closeClient: () => void = () => undefined;
  private readonly clientClosed = new Promise<void>((resolve) => {
    this.closeClient = resolve;
  });
  private nextPosition = 1_000n;
  private readonly wakers = new Set<() => void>();

  constructor() {
    this.putRaw({ streamId: '$epoch-information', type: '$epoch-information', dataText: '{}', metadataText: '' });
  }

  private revisionOf(streamId: string): bigint | undefined {
    let last: bigint | undefined;
    for (const record of this.log) if (record.streamId === streamId) last = record.revision;
    return last;
  }

  /** Writes a record the way another writer might have: any text, any type, any stream. */
  putRaw(fields: { streamId: string; type: string; dataText: string; metadataText: string; isJson?: boolean; id?: string; position?: LogPosition }): RawRecord {
    const current = this.revisionOf(fields.streamId);
    const position = fields.position ?? { commit: this.nextPosition, prepare: this.nextPosition };
    this.nextPosition = (position.commit > position.prepare ? position.commit : position.prepare) + 137n + BigInt(this.log.length % 5) * 11n;
    const raw: RawRecord = {
      streamId: fields.streamId,
      id: fields.id ?? `00000000-0000-4000-8000-${this.log.length.toString().padStart(12, '0')}`,
      type: fields.type,
      revision: current === undefined ? 0n : current + 1n,
      position,
      isJson: fields.isJson ?? true,
      dataText: fields.dataText,
      metadataText: fields.metadataText,
    };
    this.log.push(raw);
    for (const wake of [...this.wakers]) wake();
    return raw;
  }

  async append(streamId: string, records: ReadonlyArray<RecordToWrite>, expected: ExpectedRevision): Promise<AppendOutcome> {
    const current = this.revisionOf(streamId);
    const accepted =
      expected === 'any' ||
      (expected === 'no_stream' && current === undefined) ||
      (expected === 'stream_exists' && current !== undefined) ||
      expected === current;
    if (!accepted) return { kind: 'wrong-expected-revision', actualRevision: current };
    const written = records.map((record) =>
      this.putRaw({
        streamId,
        id: record.id,
        type: record.type,
        dataText: JSON.stringify(record.data),
        metadataText: JSON.stringify(record.metadata),
      }),
    );
    const first = written[0]!;
    const last = written[written.length - 1]!;
    // As the server answers: commit is the last event's position, prepare the first's.
    return { kind: 'appended', nextExpectedRevision: last.revision, position: { commit: last.position.commit, prepare: first.position.prepare } };
  }

  async *readStream(streamId: string, from: bigint | 'end', maxCount: number, direction: ReadDirection): AsyncGenerator<StoredRecord> {
    const records = this.log.filter((record) => record.streamId === streamId);
    const ordered = direction === 'forwards' ? records : [...records].reverse();
    const started = ordered.filter((record) => from === 'end' || (direction === 'forwards' ? record.revision >= from : record.revision <= from));
    for (const record of started.slice(0, maxCount)) yield toStored(record, !this.streamReadsWithoutPositions);
  }

  async *readAll(start: AllReadStart, maxCount: number, direction: ReadDirection): AsyncGenerator<StoredRecord> {
    const failAfter = this.readAllFailures.shift();
    this.readAllStarts.push(start);
    if (this.holdReadsUntilDisposed) {
      await this.clientClosed;
      throw new Error('the client was closed');
    }
    const selected =
      direction === 'forwards'
        ? this.log.filter((record) => start === 'start' || (start !== 'end' && compare(record.position, start) >= 0))
        : [...this.log].reverse().filter((record) => start === 'end' || (start !== 'start' && compare(record.position, start) < 0));
    let delivered = 0;
    for (const record of selected.slice(0, maxCount)) {
      if (failAfter !== undefined && delivered === failAfter) throw new Error('connection reset while reading $all');
      delivered += 1;
      yield toStored(record, true);
    }
  }

  subscribeToAll(start: SubscriptionStart, streamPrefix: string | undefined): LiveRecords {
    this.subscriptionStarts.push(start);
    const failAfter = this.subscriptionFailures.shift();
    const matches = (record: RawRecord) => (streamPrefix === undefined ? !record.streamId.startsWith('$') : record.streamId.startsWith(streamPrefix));
    let stopped = false;
    let wake: (() => void) | undefined;
    let confirm: () => void = () => undefined;
    const confirmed = new Promise<void>((resolve) => {
      confirm = resolve;
    });
    const { log, wakers } = this;
    return {
      confirmed,
      async *[Symbol.asyncIterator]() {
        if (failAfter === 0) throw new Error('subscription refused by the server');
        confirm();
        let index = 0;
        let delivered = 0;
        while (!stopped) {
          const record = log[index];
          if (record === undefined) {
            await new Promise<void>((resolve) => {
              wake = resolve;
              wakers.add(resolve);
            });
            if (wake !== undefined) wakers.delete(wake);
            continue;
          }
          index += 1;
          if ((start !== 'start' && compare(record.position, start) <= 0) || !matches(record)) continue;
          delivered += 1;
          yield toStored(record, true);
          if (failAfter !== undefined && delivered >= failAfter) throw new Error('subscription dropped by the server');
        }
      },
      async stop() {
        stopped = true;
        wake?.();
      },
    };
  }

  async dispose(): Promise<void> {
    this.disposed = true;
    this.closeClient();
  }
}
