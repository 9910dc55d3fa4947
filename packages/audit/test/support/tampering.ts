import { eventHash, genesisHash, type RecordedEvent } from '@send-hub/event-store';

export type TamperingKind = 'edit' | 'delete' | 'swap' | 'insert' | 'edit-and-rehash';

/** Where the verifier must see the tampering: a chain problem at an event, or (for changes no chain shows) the published head. */
export type Expected =
  | { readonly code: 'content-changed' | 'revision-out-of-sequence' | 'chain-broken'; readonly streamId: string; readonly revision: bigint }
  | { readonly code: 'published-head-differs' | 'published-head-not-reached' };

const laterInStream = (events: ReadonlyArray<RecordedEvent>, index: number): number =>
  events.findIndex((event, at) => at > index && event.streamId === events[index]?.streamId);

const withData = (event: RecordedEvent, data: unknown): RecordedEvent => ({ ...event, data });
const changedData = (event: RecordedEvent): unknown => ({ ...(event.data as object), occurredOn: '2030-01-01' });
const rehashed = (event: RecordedEvent, previous: string): RecordedEvent => ({ ...event, metadata: { ...event.metadata, hash: { previous, current: eventHash(event, previous) } } });

/** Recomputes the stored hashes of one stream from `from` on, as a careful forger would. */
const rechain = (events: RecordedEvent[], streamId: string, from: number): void => {
  let previous = genesisHash;
  events.forEach((event, index) => {
    if (event.streamId !== streamId) return;
    if (index >= from) events[index] = rehashed(event, previous);
    previous = events[index]?.metadata.hash?.current ?? previous;
  });
};

/**
 * Tampers with a copy of a store's events (global order) the way someone with write
 * access to the file could, and says where the verifier must notice. Undefined when
 * this kind does not apply at this index (a swap needs a later event in the stream).
 */
export const tamper = (original: ReadonlyArray<RecordedEvent>, kind: TamperingKind, index: number): { events: RecordedEvent[]; expected: Expected } | undefined => {
  const events = [...original];
  const target = events[index];
  if (target === undefined) return undefined;
  const next = laterInStream(events, index);
  const nextEvent = events[next];
  switch (kind) {
    case 'edit':
      events[index] = withData(target, changedData(target));
      return { events, expected: { code: 'content-changed', streamId: target.streamId, revision: target.revision } };
    case 'edit-and-rehash':
      events[index] = withData(target, changedData(target));
      rechain(events, target.streamId, index);
      return { events, expected: { code: 'published-head-differs' } };
    case 'delete':
      events.splice(index, 1);
      if (nextEvent !== undefined) return { events, expected: { code: 'revision-out-of-sequence', streamId: target.streamId, revision: nextEvent.revision } };
      return { events, expected: { code: index === original.length - 1 ? 'published-head-not-reached' : 'published-head-differs' } };
    case 'swap':
      if (nextEvent === undefined) return undefined;
      events[index] = { ...nextEvent, revision: target.revision, position: target.position };
      events[next] = { ...target, revision: nextEvent.revision, position: nextEvent.position };
      return { events, expected: { code: 'chain-broken', streamId: target.streamId, revision: target.revision } };
    case 'insert': {
      // A forged event that chains correctly onto its predecessor; the event it pushes along no longer does.
      const previous = target.metadata.hash?.previous ?? genesisHash;
      const forged = rehashed({ ...withData(target, changedData(target)), eventId: `forged-${target.eventId}` }, previous);
      events.forEach((event, at) => {
        if (at >= index && event.streamId === target.streamId) events[at] = { ...event, revision: event.revision + 1n };
      });
      events.splice(index, 0, forged);
      return { events, expected: { code: 'chain-broken', streamId: target.streamId, revision: target.revision + 1n } };
    }
  }
};
