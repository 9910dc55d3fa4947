import type { Decider } from '@send-hub/core';
import { either as E } from 'fp-ts';
import type * as t from 'io-ts';
import type { RecordedEvent } from '../port/recorded-event';
import type { UpcasterRegistry } from '../upcasting/upcaster-registry';
import { decodeRecordedEvent } from './decode-recorded-event';
import type { StoredEventUnreadable } from './handler-failures';
import type { CachedState } from './state-cache';

export interface LoadedStream<State> {
  readonly state: State;
  /** The revision of the stream's last event, to append at; undefined when the stream does not exist. */
  readonly revision: bigint | undefined;
}

export type Folding<Event, State> = Pick<Decider<unknown, Event, State, unknown>, 'evolve' | 'initialState'>;

/**
 * Folds events read from a stream into the state `from` stands at (the start of the
 * stream, or a state cached from an earlier read). Undefined when the events do not
 * follow on from it revision by revision: a cached state is then no fold of this
 * stream, and the caller must read the stream from its start instead. The first
 * unreadable event stops the fold, as a decision on part of a history would be wrong.
 * Synchronous, so a load awaits the store once and nothing else.
 */
export const foldAfter = <Event, State>(
  recorded: ReadonlyArray<RecordedEvent>,
  from: LoadedStream<State> | CachedState<State>,
  decider: Folding<Event, State>,
  eventCodec: t.Decoder<unknown, Event>,
  upcasters: UpcasterRegistry,
): E.Either<StoredEventUnreadable, LoadedStream<State>> | undefined => {
  let { state, revision } = from;
  for (const stored of recorded) {
    if (stored.revision !== (revision === undefined ? 0n : revision + 1n)) return undefined;
    const event = decodeRecordedEvent(stored, eventCodec, upcasters);
    if (E.isLeft(event)) return event;
    state = decider.evolve(state, event.right);
    revision = stored.revision;
  }
  return E.right({ state, revision });
};
