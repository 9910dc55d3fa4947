import { either as E } from 'fp-ts';
import { concurrencyConflict, InvalidEventError, type ConcurrencyConflict } from '../port/errors';
import { AppendDecorator } from '../port/append-decorator';
import type { AppendResult, EventStore } from '../port/event-store';
import type { ExpectedRevision } from '../port/expected-revision';
import { checkNewEvent, describeNewEvent } from '../port/new-event-checks';
import type { NewEvent, RecordedEvent } from '../port/recorded-event';
import { forgetOldestBeyond } from '../bounded/forget-oldest-beyond';
import { ChainVerifier } from './chain-verifier';
import { uncoveredMetadataFields } from './covered-metadata';
import { eventHash, genesisHash } from './event-hash';

/** Where a new event joins its stream: after `revision` (undefined: the stream is new), chaining from `hash`. */
type Tail = { readonly kind: 'ready'; readonly revision: bigint | undefined; readonly hash: string } | { readonly kind: 'conflict'; readonly actual: bigint | undefined };

const ready = (revision: bigint | undefined, hash: string): Tail => ({ kind: 'ready', revision, hash });

/**
 * Streams whose last event this layer wrote or read is remembered, revision and hash, the
 * one written longest ago forgotten first. An event never changes once stored, so the
 * pair stays true: an append at exactly that revision chains from the remembered hash
 * without a read, and if the stream has moved on, the inner store refuses the revision and
 * nothing is written. For any other expectation the pair only says where to start reading.
 */
const maximumRemembered = 100_000;

interface LastEvent {
  readonly revision: bigint;
  readonly hash: string;
}

const chained = (streamId: string, events: ReadonlyArray<NewEvent>, start: string): ReadonlyArray<NewEvent> => {
  let previous = start;
  return events.map((event, index) => {
    // The metadata must be whole before the hash can cover it: the port's check, in the port's words.
    checkNewEvent(streamId, event, index);
    const uncovered = uncoveredMetadataFields(event.metadata);
    if (uncovered.length > 0) {
      throw new InvalidEventError(
        `${describeNewEvent(streamId, index, event.type)} cannot be stored: its metadata has ${uncovered.map((field) => `"${field}"`).join(', ')}, which its hash would not cover. ` +
          'Metadata holds recordedAt, actor, correlationId and causationId; put anything else in the event data.',
      );
    }
    let current: string;
    try {
      // The fields written out, as `writtenEvent` does: a spread of the envelope cost a referral's child-stream writes more than deciding them.
      current = eventHash({ eventId: event.eventId, type: event.type, schemaVersion: event.schemaVersion, data: event.data, metadata: event.metadata, streamId }, previous);
    } catch (error) {
      throw new InvalidEventError(`${describeNewEvent(streamId, index, event.type)} cannot be stored: ${(error as Error).message}`);
    }
    // The event's fields written out rather than spread (every store keeps these five alone); the metadata keeps whatever else it holds.
    const hashed: NewEvent = {
      eventId: event.eventId,
      type: event.type,
      schemaVersion: event.schemaVersion,
      data: event.data,
      metadata: { ...event.metadata, hash: { previous, current } },
    };
    previous = current;
    return hashed;
  });
};

/**
 * Makes a store tamper-evident: every appended event carries in `metadata.hash` the
 * SHA-256 of its content chained to the previous event of its stream. The inner store
 * is always written with the exact revision the chain was built on, so a concurrent
 * writer can never slip between the read and the write; the caller's own expectation
 * keeps its meaning (`any` and `stream_exists` retry on the new tail, up to
 * `maxAttempts` times; an exact revision or `no_stream` reports the conflict). Wrap it inside personal-data encryption, so the
 * hash covers ciphertext and erasure never breaks the chain.
 */
export const withHashChain = (store: EventStore, options: { readonly maxAttempts?: number } = {}): EventStore => {
  // Every round of a race has a winner, so ten rounds serve ten writers appending to one stream at the same moment.
  const maxAttempts = options.maxAttempts ?? 10;
  if (!Number.isSafeInteger(maxAttempts) || maxAttempts < 1) {
    throw new RangeError(`withHashChain: maxAttempts must be a whole number of at least 1, but was ${String(maxAttempts)}.`);
  }
  return new HashChainedStore(store, maxAttempts);
};

class HashChainedStore extends AppendDecorator {
  private readonly remembered = new Map<string, LastEvent>();
  private readonly forgetBeyondLimit = forgetOldestBeyond(this.remembered, maximumRemembered);

  constructor(
    inner: EventStore,
    private readonly maxAttempts: number,
  ) {
    super(inner);
  }

  async append(streamId: string, events: ReadonlyArray<NewEvent>, expected: ExpectedRevision): Promise<E.Either<ConcurrencyConflict, AppendResult>> {
    if (events.length === 0) return this.inner.append(streamId, events, expected);
    let actual: bigint | undefined;
    for (let attempt = 1; attempt <= this.maxAttempts; attempt += 1) {
      const tail = await this.tailFor(streamId, expected);
      if (tail.kind === 'conflict') return E.left(concurrencyConflict(streamId, expected, tail.actual));
      const written = chained(streamId, events, tail.hash);
      const result = await this.inner.append(streamId, written, tail.revision ?? 'no_stream');
      if (E.isRight(result)) {
        const current = written[written.length - 1]?.metadata.hash?.current;
        if (current !== undefined) this.remember(streamId, { revision: result.right.nextExpectedRevision, hash: current });
        return result;
      }
      actual = result.left.actual;
      if (expected !== 'any' && expected !== 'stream_exists') break;
    }
    return E.left(concurrencyConflict(streamId, expected, actual));
  }

  private async tailFor(streamId: string, expected: ExpectedRevision): Promise<Tail> {
    if (expected === 'no_stream') return ready(undefined, genesisHash);
    if (typeof expected === 'bigint') {
      const known = this.remembered.get(streamId);
      if (known?.revision === expected) return ready(expected, known.hash);
      const fromExpected = expected >= 0n ? await this.inner.readStream(streamId, { fromRevision: expected }) : [];
      const last = fromExpected[fromExpected.length - 1];
      if (fromExpected[0]?.revision !== expected || last === undefined) return { kind: 'conflict', actual: (await this.lastEvent(streamId))?.revision };
      if (last.revision !== expected) return { kind: 'conflict', actual: last.revision };
      return this.readyAfter(last);
    }
    const last = await this.lastEvent(streamId);
    if (last === undefined) return expected === 'stream_exists' ? { kind: 'conflict', actual: undefined } : ready(undefined, genesisHash);
    return this.readyAfter(last);
  }

  /** The tail after `last`, as read from the store, remembered. */
  private async readyAfter(last: RecordedEvent): Promise<Tail> {
    const hash = await this.hashOf(last);
    this.remember(last.streamId, { revision: last.revision, hash });
    return ready(last.revision, hash);
  }

  private async lastEvent(streamId: string): Promise<RecordedEvent | undefined> {
    const hint = this.remembered.get(streamId)?.revision;
    const fromHint = hint === undefined ? [] : await this.inner.readStream(streamId, { fromRevision: hint });
    const events = hint !== undefined && fromHint[0]?.revision === hint ? fromHint : await this.inner.readStream(streamId);
    return events[events.length - 1];
  }

  /** A stream written before the chain existed has no stored hash to continue from: chain from what the verifier will expect. */
  private async hashOf(last: RecordedEvent): Promise<string> {
    if (last.metadata.hash !== undefined) return last.metadata.hash.current;
    const verifier = new ChainVerifier();
    for (const event of await this.inner.readStream(last.streamId)) verifier.check(event);
    return verifier.nextPrevious(last.streamId);
  }

  private remember(streamId: string, last: LastEvent): void {
    const known = this.remembered.get(streamId);
    // Appends may finish out of order; the pair further along is the one worth keeping.
    if (known !== undefined && known.revision > last.revision) return;
    this.remembered.delete(streamId);
    this.remembered.set(streamId, last);
    this.forgetBeyondLimit();
  }
}
