import type { Decider } from '@send-hub/core';
import { either as E } from 'fp-ts';
import type * as t from 'io-ts';
import type { EventStore } from '../port/event-store';
import type { UpcasterRegistry } from '../upcasting/upcaster-registry';
import { decodeRecordedEvent } from './decode-recorded-event';
import type { StoredEventUnreadable } from './handler-failures';
import type { CachedState } from './state-cache';

export interface LoadedStream<State> {
  readonly state: State;
  /** The revision of the stream's last event, to append at; undefined when the stream does not exist. */
  readonly revision: bigint | undefined;
}

type Folding<Event, State> = Pick<Decider<unknown, Event, State, unknown>, 'evolve' | 'initialState'>;

/** Reads a stream and folds it into the decider's state; the first unreadable event stops it, as a decision on part of a history would be wrong. */
export const loadStream = async <Event, State>(
  store: EventStore,
  streamId: string,
  decider: Folding<Event, State>,
  eventCodec: t.Decoder<unknown, Event>,
  upcasters: UpcasterRegistry,
): Promise<E.Either<StoredEventUnreadable, LoadedStream<State>>> => {
  const loaded = await continueStream(store, streamId, decider, eventCodec, upcasters, { state: decider.initialState, revision: undefined });
  if (loaded === undefined) throw new Error(`The store's stream "${streamId}" does not run from revision 0 without gaps; the store is broken.`);
  return loaded;
};

/**
 * Reads only the events after `from` (a state cached from an earlier read) and folds
 * them into its state. Undefined when the events read do not follow on from it
 * revision by revision: the cached state is then no fold of this stream, and the
 * caller must load the stream from its start instead.
 */
export const continueStream = async <Event, State>(
  store: EventStore,
  streamId: string,
  decider: Folding<Event, State>,
  eventCodec: t.Decoder<unknown, Event>,
  upcasters: UpcasterRegistry,
  from: LoadedStream<State> | CachedState<State>,
): Promise<E.Either<StoredEventUnreadable, LoadedStream<State>> | undefined> => {
  let { state, revision } = from;
  const recorded = await store.readStream(streamId, revision === undefined ? undefined : { fromRevision: revision + 1n });
  for (const stored of recorded) {
    if (stored.revision !== (revision === undefined ? 0n : revision + 1n)) return undefined;
    const event = decodeRecordedEvent(stored, eventCodec, upcasters);
    if (E.isLeft(event)) return event;
    state = decider.evolve(state, event.right);
    revision = stored.revision;
  }
  return E.right({ state, revision });
};
