import type { RecordedEvent } from '../port/recorded-event';
import {
  chainBroken,
  contentChanged,
  hashMissing,
  metadataNotCovered,
  revisionOutOfSequence,
  unreadableEvent,
  type ChainProblem,
} from './chain-problems';
import { uncoveredMetadataFields } from './covered-metadata';
import { eventHash, genesisHash, nextHeadHash } from './event-hash';

interface StreamLink {
  readonly lastRevision: bigint;
  /** The hash the last event claims for itself: the next event must name it as previous. */
  readonly storedHash: string;
  /** The hash recomputed from content alone, whatever the stored hashes claim. */
  readonly recomputedHash: string;
}

export interface ChainSummary {
  readonly problems: ReadonlyArray<ChainProblem>;
  readonly eventsChecked: number;
  /**
   * Running hash over the global order of every event's hash recomputed from its
   * content. Equal to a published head only if nothing up to that point changed, even
   * if whoever changed it also rewrote every stored hash after it.
   */
  readonly headHash: string;
  /** Global position of the last event checked; undefined when none were. */
  readonly headPosition: bigint | undefined;
}

/**
 * Checks events one at a time, in global order (or one stream in revision order),
 * keeping only the last link of each stream: a store of any size is verified in one
 * pass. One edited event is reported once, not again for every event after it.
 */
export class ChainVerifier {
  private readonly streams = new Map<string, StreamLink>();
  private head = genesisHash;
  private position: bigint | undefined;
  private checked = 0;

  /** The problems this event shows; updates the stream's link and the running head. */
  check(event: RecordedEvent): ReadonlyArray<ChainProblem> {
    const link = this.streams.get(event.streamId);
    const expectedRevision = link === undefined ? 0n : link.lastRevision + 1n;
    const expectedPrevious = link?.storedHash ?? genesisHash;
    const recomputedPrevious = link?.recomputedHash ?? genesisHash;
    const problems: ChainProblem[] = [];
    const stored = event.metadata.hash;
    let recomputed: string;
    if (event.corruption !== undefined) {
      problems.push(unreadableEvent(event, event.corruption));
      recomputed = stored?.current ?? recomputedPrevious;
    } else {
      recomputed = eventHash(event, recomputedPrevious);
      if (event.revision !== expectedRevision) problems.push(revisionOutOfSequence(event, expectedRevision));
      const uncovered = uncoveredMetadataFields(event.metadata);
      if (uncovered.length > 0) problems.push(metadataNotCovered(event, uncovered));
      if (stored === undefined) problems.push(hashMissing(event));
      else {
        if (event.revision === expectedRevision && stored.previous !== expectedPrevious) problems.push(chainBroken(event));
        const claimed = stored.previous === recomputedPrevious ? recomputed : eventHash(event, stored.previous);
        if (claimed !== stored.current) problems.push(contentChanged(event));
      }
    }
    this.streams.set(event.streamId, { lastRevision: event.revision, storedHash: stored?.current ?? recomputed, recomputedHash: recomputed });
    this.head = nextHeadHash(this.head, recomputed);
    this.position = event.position;
    this.checked += 1;
    return problems;
  }

  /** The running head after the events checked so far. */
  get headHash(): string {
    return this.head;
  }

  get streamCount(): number {
    return this.streams.size;
  }

  /** The previous hash the next event of this stream must carry to continue its chain. */
  nextPrevious(streamId: string): string {
    return this.streams.get(streamId)?.storedHash ?? genesisHash;
  }

  summary(problems: ReadonlyArray<ChainProblem>): ChainSummary {
    return { problems, eventsChecked: this.checked, headHash: this.head, headPosition: this.position };
  }
}

/** Verifies a whole sequence of events (a store in global order, or one stream). */
export const verifyChain = (events: Iterable<RecordedEvent>): ChainSummary => {
  const verifier = new ChainVerifier();
  const problems: ChainProblem[] = [];
  for (const event of events) problems.push(...verifier.check(event));
  return verifier.summary(problems);
};

/** The running head hash after every one of these events, as a council would publish it. */
export const runningHeadHash = (events: Iterable<RecordedEvent>): string => verifyChain(events).headHash;
