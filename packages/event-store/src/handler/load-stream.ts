import type { Decider } from '@send-hub/core';
import { either as E } from 'fp-ts';
import type * as t from 'io-ts';
import type { EventStore } from '../port/event-store';
import type { UpcasterRegistry } from '../upcasting/upcaster-registry';
import { decodeRecordedEvent } from './decode-recorded-event';
import type { StoredEventUnreadable } from './handler-failures';

export interface LoadedStream<State> {
  readonly state: State;
  /** The revision of the stream's last event, to append at; undefined when the stream does not exist. */
  readonly revision: bigint | undefined;
}

/** Reads a stream and folds it into the decider's state; the first unreadable event stops it, as a decision on part of a history would be wrong. */
export const loadStream = async <Event, State>(
  store: EventStore,
  streamId: string,
  decider: Pick<Decider<unknown, Event, State, unknown>, 'evolve' | 'initialState'>,
  eventCodec: t.Decoder<unknown, Event>,
  upcasters: UpcasterRegistry,
): Promise<E.Either<StoredEventUnreadable, LoadedStream<State>>> => {
  let state = decider.initialState;
  let revision: bigint | undefined;
  for (const recorded of await store.readStream(streamId)) {
    const event = decodeRecordedEvent(recorded, eventCodec, upcasters);
    if (E.isLeft(event)) return event;
    state = decider.evolve(state, event.right);
    revision = recorded.revision;
  }
  return E.right({ state, revision });
};
