import {
  CaseEvent,
  caseStreamId,
  ChildEvent,
  childStreamId,
  createCaseDecider,
  createChildDecider,
  erasureStreamId,
  referralsToOvertake,
  type CaseCommand,
  type CaseCommandOf,
  type CaseRejection,
  type CaseState,
} from '@send-hub/core';
import {
  createStreamLoader,
  createTimeOrderedIds,
  newEventEnvelope,
  rejected,
  writtenEvent,
  type ConcurrencyConflict,
  type EventMetadata,
  type Rejected,
  type StoredEventUnreadable,
  type WriteFirst,
  type WrittenEvent,
} from '@send-hub/event-store';
import { either as E } from 'fp-ts';
import type { HandlerSettings } from './hub-command-handlers';
import { hubUpcasters } from './hub-upcasters';
import { retriedOnConflict } from './retried-on-conflict';

const started = 'started';

/** As the case handler's: `maxRetries` is how many times the child's stream is read and decided again after another writer got in first. */
export type ChildReferralSettings = Pick<HandlerSettings, 'store' | 'configuration' | 'newEventId' | 'maxRetries' | 'prepareKey'>;

/**
 * The child's consistency boundary, written before every `Refer`'s own events: a child has
 * one open case at a time, and two referrals of one child made at once never both land
 * (docs/decisions/0040). The event store appends to one stream atomically, so the referral
 * is written in steps, each guarded by an expected revision:
 *
 * 1. The case handler decides the case's own rules on its stream, as read (nothing is
 *    written if they refuse, the access policy's included), and gives the decision here.
 * 2. The child's stream (`child-<reference>`) is read, and each case started on it is read
 *    from its own stream. An open case of the child refuses the referral, naming it.
 * 3. Each started referral that never reached its case (its writer stopped, or is still on
 *    its way) is overtaken: `ReferralOvertaken` is written onto its empty case stream
 *    (`no_stream`), so that referral can never land. A referral that landed meanwhile makes
 *    the write fail, and steps 2 to 4 are read and decided again.
 * 4. `ReferralStarted` is appended to the child's stream at the revision read: another
 *    referral of the child started meanwhile makes it fail, and steps 2 to 4 run again.
 * 5. The case handler appends `Referred` as usual (`no_stream` on the case's stream), which
 *    fails if another referral of the child overtook this one after step 4: read again,
 *    the case's own rules then refuse it as overtaken.
 *
 * With `prepareKey` (the hub gives it), the child's personal-data key is made, when the key
 * store holds none, from the start of step 2, beside the reads and writes of steps 2 to 4.
 * It is awaited before step 5, whose events it encrypts: a key that cannot be made fails the
 * referral with none of the referral's own events written. A referral refused at steps 2 to
 * 4 answers with its refusal, whatever became of the key.
 *
 * Closing a case (`Close`, or the group's closing outcome) frees the child with no write to
 * the child's stream: step 2 reads the case as closed. A forgotten child's stream is left
 * unwritten: the case's append then refuses the referral as erased.
 */
export const childBoundary = (settings: ChildReferralSettings): ((command: CaseCommand) => WriteFirst<CaseEvent, CaseRejection> | undefined) => {
  const { store, configuration } = settings;
  const newEventId = settings.newEventId ?? createTimeOrderedIds();
  const attempts = (settings.maxRetries ?? 3) + 1;
  const upcasters = hubUpcasters();
  const childDecider = createChildDecider(configuration);
  // Read in full every time: a referral is rare beside the commands on a case, and the answer must be the store's own.
  const cases = createStreamLoader({ store, decider: createCaseDecider(configuration), eventCodec: CaseEvent, upcasters, cache: undefined, foldWrittenEvents: false });
  const children = createStreamLoader({ store, decider: childDecider, eventCodec: ChildEvent, upcasters, cache: undefined, foldWrittenEvents: false });

  const newEvent = newEventEnvelope(upcasters, newEventId, "the hub's upcaster registry");
  type ChildRead = Awaited<ReturnType<typeof children.load>>;

  /** Steps 2 to 4; right('started') once the referral is started, right(the conflict) when another writer got in first. */
  const start = async (
    command: CaseCommandOf<'Refer'>,
    metadata: EventMetadata,
    written: WrittenEvent[],
    alreadyRead: ChildRead | undefined,
  ): Promise<E.Either<StoredEventUnreadable | Rejected<CaseRejection>, typeof started | ConcurrencyConflict>> => {
    const { childReference } = command.referral;
    const child = alreadyRead ?? (await children.load(childStreamId(childReference), true));
    if (E.isLeft(child)) return child;
    const casesStarted = new Map<string, CaseState>();
    for (const { caseId } of child.right.state.referrals) {
      if (caseId === command.caseId) continue;
      const loaded = await cases.load(caseStreamId(caseId), true);
      if (E.isLeft(loaded)) return loaded;
      casesStarted.set(caseId, loaded.right.state);
    }
    const referral = { type: 'StartReferral' as const, childReference, caseId: command.caseId, occurredOn: command.occurredOn, casesStarted };
    const decision = childDecider.decide(referral, child.right.state);
    if (E.isLeft(decision)) return E.left(rejected(decision.left));
    for (const overtaken of referralsToOvertake(referral, child.right.state)) {
      const fence = newEvent(overtaken.type, CaseEvent.encode(overtaken), metadata);
      const streamId = caseStreamId(overtaken.caseId);
      const appended = await store.append(streamId, [fence], 'no_stream');
      if (E.isLeft(appended)) return E.right(appended.left);
      written.push(writtenEvent(fence, streamId, appended.right.nextExpectedRevision));
    }
    const streamId = childStreamId(childReference);
    if (decision.right.length === 0) return E.right(started);
    const events = decision.right.map((event) => newEvent(event.type, ChildEvent.encode(event), metadata));
    const appended = await store.append(streamId, events, child.right.revision ?? 'no_stream');
    if (E.isLeft(appended)) return E.right(appended.left);
    const first = appended.right.nextExpectedRevision - BigInt(events.length - 1);
    for (const [index, event] of events.entries()) written.push(writtenEvent(event, streamId, first + BigInt(index)));
    return E.right(started);
  };

  return (command) => {
    if (command.type !== 'Refer') return undefined;
    return async (_events, metadata) => {
      const { childReference } = command.referral;
      // The child's key is made (when there is none) while the child's stream is read and written.
      const keyMade = settings.prepareKey?.(childReference, metadata.recordedAt);
      // Marked as handled at once: a failure is thrown where the key is awaited, below.
      keyMade?.catch(() => undefined);
      // The child's erasure record and the child's stream are asked for together: on a server, one round trip instead of two.
      const [erasure, child] = await Promise.all([store.readStream(erasureStreamId(childReference), { maxCount: 1 }), children.load(childStreamId(childReference), true)]);
      // A forgotten child cannot be referred again: the case's append refuses it as erased, and the child's stream is left unwritten.
      if (erasure.length > 0) {
        await keyMade;
        return E.right([]);
      }
      // Kept across attempts: a referral overtaken in an attempt that then lost the child's stream stays overtaken.
      const written: WrittenEvent[] = [];
      // The first attempt decides on the child's stream as just read; every later one reads it again.
      let firstRead: ChildRead | undefined = child;
      const outcome = await retriedOnConflict(childStreamId(childReference), attempts, () => {
        const alreadyRead = firstRead;
        firstRead = undefined;
        return start(command, metadata, written, alreadyRead);
      });
      if (E.isLeft(outcome)) {
        // Refused or failed: nothing of the referral's own is appended, so the key's outcome changes nothing the officer is told.
        await keyMade?.catch(() => undefined);
        return outcome;
      }
      // The key is committed before the referral's own events, which it encrypts, are appended.
      await keyMade;
      return E.right(written);
    };
  };
};
