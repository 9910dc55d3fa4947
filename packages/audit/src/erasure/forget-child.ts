import { erasureStreamId, formatCalendarDate, formatInstant, PersonalDataErased, personalDataErasedSchemaVersion } from '@send-hub/core';
import type { Actor, EventStore, KeyStore, NewEvent, RecordedEvent } from '@send-hub/event-store';
import { formatValidationErrors } from '@send-hub/hub';
import { either as E } from 'fp-ts';
import { holdOn, type LegalHold } from '../retention/legal-holds';
import { refuseErasure, type ErasureRefusal } from './erasure-refusal';

/** What forgetting needs from the shell: where to write, the keys, a clock and ids (injected, so runs are reproducible). */
export interface ErasureContext {
  /** The store events are written through: hash-chained, so the erasure record is itself tamper-evident. */
  readonly store: EventStore;
  readonly keyStore: KeyStore;
  readonly now: () => Date;
  readonly newEventId: () => string;
  /** Who records the erasure (the envelope's actor). */
  readonly actor: Actor;
}

export interface ErasureRequest {
  /** Who decided the erasure, in words ("Data protection officer"). */
  readonly erasedBy: string;
  readonly reason: string;
  /** The business date of the erasure. */
  readonly occurredOn: string;
  /** Holds in force: a child under a hold on `occurredOn` is not forgotten. */
  readonly legalHolds?: ReadonlyArray<LegalHold>;
}

export interface ErasureReceipt {
  readonly childReference: string;
  readonly occurredOn: string;
  readonly recordedAt: string;
  readonly eventId: string;
  readonly streamId: string;
}

const receiptOf = (event: PersonalDataErased, recorded: RecordedEvent | NewEvent, streamId: string): ErasureReceipt => ({
  childReference: event.childReference,
  // An earlier record (from a run that stopped before destroying the key) keeps its own date.
  occurredOn: PersonalDataErased.is(recorded.data) ? recorded.data.occurredOn : event.occurredOn,
  recordedAt: recorded.metadata.recordedAt,
  eventId: recorded.eventId,
  streamId,
});

/**
 * Forgets a child's personal data: records who erased it, when and why (a
 * `PersonalDataErased` event in the child's erasure stream), then destroys the
 * child's key. The record comes first so that a key is never gone without a record
 * saying why; if destroying the key fails, calling again finishes the job. Afterwards
 * the child's personal fields read as erased everywhere, statistics (codes only) are
 * unchanged, and the hash chain still verifies (it covers ciphertext).
 */
export const forgetChild = async (context: ErasureContext, childReference: string, request: ErasureRequest): Promise<E.Either<ErasureRefusal, ErasureReceipt>> => {
  const decoded = PersonalDataErased.decode({ type: 'PersonalDataErased', childReference, occurredOn: request.occurredOn, erasedBy: request.erasedBy, reason: request.reason });
  if (E.isLeft(decoded)) return E.left(refuseErasure('erasure-invalid', childReference, `The erasure request is not valid: ${formatValidationErrors(decoded.left)}.`));
  const event = decoded.right;
  const hold = holdOn(request.legalHolds ?? [], childReference, event.occurredOn);
  if (hold !== undefined) {
    return E.left(refuseErasure('legal-hold', childReference, `The records of ${childReference} are under a legal hold placed on ${formatCalendarDate(hold.placedOn)} by ${hold.placedBy} (${hold.reason}); they cannot be erased while it stands.`));
  }
  const key = await context.keyStore.get(childReference);
  const streamId = erasureStreamId(childReference);
  const recorded = await context.store.readStream(streamId);
  if (key.status === 'missing') return E.left(refuseErasure('child-not-found', childReference, `No personal data is held for ${childReference}: there is no key for that reference.`));
  if (key.status === 'destroyed' && recorded.length > 0) {
    return E.left(refuseErasure('already-forgotten', childReference, `The personal data of ${childReference} was already erased on ${formatInstant(key.destroyedAt)}.`));
  }
  const existing = recorded[0] ?? (await recordErasure(context, streamId, event));
  await context.keyStore.destroy(childReference, existing.metadata.recordedAt);
  return E.right(receiptOf(event, existing, streamId));
};

/** Appends the erasure record; if another process recorded one first, theirs stands. */
const recordErasure = async (context: ErasureContext, streamId: string, event: PersonalDataErased): Promise<NewEvent | RecordedEvent> => {
  const eventId = context.newEventId();
  const newEvent: NewEvent = {
    eventId,
    type: event.type,
    schemaVersion: personalDataErasedSchemaVersion,
    data: PersonalDataErased.encode(event),
    metadata: { recordedAt: context.now().toISOString(), actor: context.actor, correlationId: eventId, causationId: eventId },
  };
  const appended = await context.store.append(streamId, [newEvent], 'no_stream');
  if (E.isRight(appended)) return newEvent;
  const [theirs] = await context.store.readStream(streamId);
  if (theirs === undefined) throw new Error(`The erasure stream "${streamId}" reported a conflict but holds no event.`);
  return theirs;
};
