import type { Seal } from '@send-hub/event-store';
import type { HeadProblem } from './verification-problems';

/** A running head hash a council published for a global position, signed with the sealing key where the hub seals. */
export interface PublishedHead {
  readonly position: bigint;
  readonly headHash: string;
  readonly seal?: Seal;
}

const differs = (published: PublishedHead, actual: string): HeadProblem => ({
  _tag: 'HeadProblem',
  code: 'published-head-differs',
  position: published.position,
  message:
    `The store's running hash up to position ${published.position.toString()} is ${actual}, not the published ${published.headHash}: ` +
    'events up to that position were changed, removed or added since it was published.',
});

const notReached = (published: PublishedHead, last: bigint | undefined): HeadProblem => ({
  _tag: 'HeadProblem',
  code: 'published-head-not-reached',
  position: published.position,
  message:
    `A head hash was published for position ${published.position.toString()}, but the store ends ` +
    `${last === undefined ? 'before its first event' : `at position ${last.toString()}`}: events were removed from the end.`,
});

/**
 * Compares the running head with published heads as the events stream past: a
 * published position is checked against the head of the last event at or before it.
 */
export class PublishedHeadCheck {
  private readonly pending: ReadonlyArray<PublishedHead>;
  private next = 0;

  constructor(published: ReadonlyArray<PublishedHead>) {
    this.pending = [...published].sort((left, right) => (left.position < right.position ? -1 : left.position > right.position ? 1 : 0));
  }

  /** Before an event at `position` is added: checks the heads published for positions before it. */
  before(position: bigint, headSoFar: string): ReadonlyArray<HeadProblem> {
    const problems: HeadProblem[] = [];
    for (let published = this.pending[this.next]; published !== undefined && published.position < position; published = this.pending[this.next]) {
      if (published.headHash !== headSoFar) problems.push(differs(published, headSoFar));
      this.next += 1;
    }
    return problems;
  }

  /** After the last event: the rest must have been published for positions the store reached. */
  end(lastPosition: bigint | undefined, head: string): ReadonlyArray<HeadProblem> {
    const problems: HeadProblem[] = [];
    for (const published of this.pending.slice(this.next)) {
      if (lastPosition === undefined || published.position > lastPosition) problems.push(notReached(published, lastPosition));
      else if (published.headHash !== head) problems.push(differs(published, head));
    }
    return problems;
  }
}
