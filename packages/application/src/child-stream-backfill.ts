import { missingReferralStarts, missingReferralStartsByChild } from '@send-hub/audit';
import { ChildEvent, childDecider, childStreamId, type ReferralStarted } from '@send-hub/core';
import {
  createStreamLoader,
  createTimeOrderedIds,
  newEventEnvelope,
  readAllInPages,
  type Actor,
  type ConcurrencyConflict,
  type ConflictPersisted,
  type EventStore,
  type NewEvent,
  type StoredEventUnreadable,
} from '@send-hub/event-store';
import { decodeHubEvent, hubUpcast, type HubEvent, type Upcast } from '@send-hub/hub';
import { either as E } from 'fp-ts';
import { hubUpcasters } from './hub-upcasters';
import { retriedOnConflict } from './retried-on-conflict';

/** What bringing an older history onto its children's streams did. */
export interface ChildStreamBackfill {
  /** The `ReferralStarted` events written: one for each case referred before its child had a stream. */
  readonly referralsStarted: number;
  /** The children whose streams were written to. */
  readonly children: number;
  /** The global position of the last event read: every referral up to it is on its child's stream. */
  readonly readUpTo: bigint | undefined;
}

export type ChildStreamBackfillFailure = StoredEventUnreadable | ConflictPersisted;

export interface ChildStreamBackfillSettings {
  /** The hub's command view (`stores.commands`): what referrals are written through. */
  readonly store: EventStore;
  readonly clock: () => Date;
  readonly newEventId?: () => string;
  readonly upcast?: Upcast;
  /** Who the written events name as recording them. */
  readonly actor: Actor;
  /** How many times a child's stream is read again after another writer got in first; 3 by default. */
  readonly maxRetries?: number;
}

/** The events a start can be missing for: the rest of the history is not decoded. */
const concerned = new Set(['Referred', 'ReferralStarted', 'PersonalDataErased']);

/** The events of the whole history that say which cases were referred, started or erased, oldest first, and the last position read. */
const readReferrals = async (store: EventStore, upcast: Upcast): Promise<{ readonly events: ReadonlyArray<HubEvent>; readonly readUpTo: bigint | undefined }> => {
  const events: HubEvent[] = [];
  let readUpTo: bigint | undefined;
  for await (const page of readAllInPages(store, { metadata: 'skip' })) {
    for (const recorded of page) {
      readUpTo = recorded.position;
      if (!concerned.has(recorded.type)) continue;
      // An event that cannot be read is `verify`'s to report; it starts nothing here.
      const decoded = decodeHubEvent(recorded, upcast);
      if (E.isRight(decoded)) events.push(decoded.right.event);
    }
  }
  return { events, readUpTo };
};

/**
 * Brings a history written before each child had a stream of its own (docs/decisions/0040)
 * under the child's boundary: appends the missing `ReferralStarted` of every referred case
 * to its child's stream, each child's in the order its cases were referred, at the revision
 * read. Idempotent: a case already started is left alone, so a second run writes nothing.
 * Another writer on the child's stream meanwhile (a referral, or a second run) makes the
 * append fail, and the stream is read again.
 */
export const backfillChildStreams = async (settings: ChildStreamBackfillSettings): Promise<E.Either<ChildStreamBackfillFailure, ChildStreamBackfill>> => {
  const { store, clock, actor } = settings;
  const newEventId = settings.newEventId ?? createTimeOrderedIds();
  const attempts = (settings.maxRetries ?? 3) + 1;
  const upcasters = hubUpcasters();
  const children = createStreamLoader({ store, decider: childDecider, eventCodec: ChildEvent, upcasters, cache: undefined, foldWrittenEvents: false });
  const { events, readUpTo } = await readReferrals(store, settings.upcast ?? hubUpcast);
  const correlationId = newEventId();
  const envelope = newEventEnvelope(upcasters, newEventId, "the hub's upcaster registry");
  const newEvent = (start: ReferralStarted): NewEvent =>
    envelope(start.type, ChildEvent.encode(start), { recordedAt: clock().toISOString(), actor, correlationId, causationId: correlationId });

  /** Appends the child's starts not on its stream yet; the number written, or the conflict that stopped it. */
  const startOnStream = async (childReference: string, starts: ReadonlyArray<ReferralStarted>): Promise<E.Either<ChildStreamBackfillFailure, number>> => {
    const streamId = childStreamId(childReference);
    return retriedOnConflict(streamId, attempts, async (): Promise<E.Either<StoredEventUnreadable, number | ConcurrencyConflict>> => {
      const child = await children.load(streamId, true);
      if (E.isLeft(child)) return child;
      const onStream = new Set(child.right.state.referrals.map((started) => started.caseId));
      const missing = starts.filter((start) => !onStream.has(start.caseId));
      if (missing.length === 0) return E.right(0);
      const appended = await store.append(streamId, missing.map(newEvent), child.right.revision ?? 'no_stream');
      return E.right(E.isRight(appended) ? missing.length : appended.left);
    });
  };

  let referralsStarted = 0;
  let childrenWritten = 0;
  for (const [childReference, starts] of missingReferralStartsByChild(missingReferralStarts(events))) {
    const written = await startOnStream(childReference, starts);
    if (E.isLeft(written)) return written;
    referralsStarted += written.right;
    if (written.right > 0) childrenWritten += 1;
  }
  return E.right({ referralsStarted, children: childrenWritten, readUpTo });
};
