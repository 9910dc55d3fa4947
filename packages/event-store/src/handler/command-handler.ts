import type { Decider } from '@send-hub/core';
import { either as E } from 'fp-ts';
import type * as t from 'io-ts';
import type { EventStore } from '../port/event-store';
import type { Actor, EventMetadata } from '../port/metadata';
import type { NewEvent } from '../port/recorded-event';
import type { UpcasterRegistry } from '../upcasting/upcaster-registry';
import { describeValidationErrors } from './describe-validation-errors';
import { ErasedKeyError } from '../personal-data/erased-key-error';
import type { AppendResult } from '../port/event-store';
import type { ConcurrencyConflict } from '../port/errors';
import type { ExpectedRevision } from '../port/expected-revision';
import { commandInvalid, conflictPersisted, referenceErased, rejected, type HandlerFailure, type ReferenceErased } from './handler-failures';
import { rememberingIsoText } from './iso-time-text';
import type { StateCache } from './state-cache';
import { createStreamLoader } from './stream-loader';
import type { LoadedStream } from './load-stream';
import { createTimeOrderedIds } from './time-ordered-ids';
import { newEventEnvelope } from './new-event-envelope';
import { writtenEvent } from './written-event';

/** Who is asking, and which request this command belongs to. */
export interface CommandContext {
  readonly actor: Actor;
  /** Ties together everything one request caused; a new id when absent. */
  readonly correlationId?: string;
  /** What caused this command; by default the command's own id (see `commandIdOf`), else the correlation id. */
  readonly causationId?: string;
}

export interface CommandHandlerOptions<Command, Event extends { readonly type: string }, State, Rejection> {
  readonly store: EventStore;
  readonly decider: Decider<Command, Event, State, Rejection>;
  readonly commandCodec: t.Decoder<unknown, Command>;
  /** A union discriminated by `type`: encodes events to plain JSON for the store and decodes them back. */
  readonly eventCodec: t.Type<Event, unknown, unknown>;
  /** The stream a command is decided on and its events are written to. */
  readonly streamIdFor: (command: Command) => string;
  /** The current schema version of every event type, and how to read older ones. */
  readonly upcasters: UpcasterRegistry;
  readonly clock: () => Date;
  /** Ids for new events and for correlation when none is given; version 7 UUIDs (time-ordered) by default. */
  readonly newEventId?: () => string;
  /** How many times to load and decide again after another writer got in first; 3 by default. */
  readonly maxRetries?: number;
  /**
   * What the decider needs to know from beyond the command's own stream, read before each
   * decision and given with the command (the hub's case handler adds what the meeting a
   * case command names has recorded); none by default. The decider stays pure: the shell
   * reads, the decider decides on what it was given.
   */
  readonly informCommand?: (command: Command) => Promise<Command>;
  /**
   * What a command must write on other streams before its own events, when it must (the
   * hub's `Refer` starts the referral on the child's stream first, decision 40); none by
   * default. Given the command, it returns undefined when there is nothing to write first,
   * or the writing, which the handler calls with what was decided and its metadata just
   * before each append of the command's own events. What it wrote comes first in the
   * result's `written`; a failure it returns is the command's, and nothing of the
   * command's own is appended. Such a command is decided on its stream as read, never on
   * the trusted cache: a write elsewhere cannot be taken back once a stale state is found.
   */
  readonly writeFirst?: (command: Command) => WriteFirst<Event, Rejection> | undefined;
  /** The command's own id, used as the causation id of its events when the context gives none. */
  readonly commandIdOf?: (command: Command) => string | undefined;
  /**
   * Keeps each stream's state between commands, so a command reads only the events
   * after the cached revision (see `createStateCache` and `foldWrittenEvents`); none
   * by default, which reads every stream in full. Only for deciders whose state holds
   * no personal data: a cached state outlives the erasure of the events it was folded from.
   */
  readonly cache?: StateCache<State>;
  /**
   * With a cache: fold a command's events into the cached state once the store has
   * taken them, instead of reading them back with the next command (false by default),
   * and trust the cache: decide on the cached state (a stream not cached: on the initial
   * state, as new) without reading, and append at its revision. When the store refuses
   * that for a conflict, or the decision is a refusal or changes nothing (either may
   * stand on a stale state), the stream's newer events are read and the command decided
   * again, as without trust; a decision on a state nobody wrote after stands as it was.
   * Only for a decider whose `evolve` builds a state that shares no object with its
   * events, as `stateSharesNothingWithEventsLaw` checks: a decider's events may share
   * objects with the caller's command, and the caller may change those afterwards.
   */
  readonly foldWrittenEvents?: boolean;
}

/** What a command writes on other streams before its own `events` are appended (see `writeFirst`): what it wrote, or why the command fails. */
export type WriteFirst<Event, Rejection> = (
  events: ReadonlyArray<Event>,
  metadata: EventMetadata,
) => Promise<E.Either<HandlerFailure<Rejection>, ReadonlyArray<WrittenEvent>>>;

/** An event as this handler wrote it: its envelope and the revision it landed at. */
export interface WrittenEvent extends NewEvent {
  readonly streamId: string;
  readonly revision: bigint;
}

export interface HandlerResult<Event> {
  readonly streamId: string;
  /** What the decider decided, in order; empty when the command changed nothing. */
  readonly events: ReadonlyArray<Event>;
  readonly written: ReadonlyArray<WrittenEvent>;
  /** The stream's revision after this command; undefined when it still does not exist. */
  readonly newRevision: bigint | undefined;
  /** Global position of the last event written; undefined when nothing was written. */
  readonly position: bigint | undefined;
  /**
   * How many times the stream was loaded and the command decided (1 without conflicts). A
   * decision on the trusted cache that the store refused for a conflict is not counted.
   */
  readonly attempts: number;
}

export type CommandHandler<Event, Rejection> = (
  input: unknown,
  context: CommandContext,
) => Promise<E.Either<HandlerFailure<Rejection>, HandlerResult<Event>>>;

const checkMaxRetries = (maxRetries: number): number => {
  if (Number.isSafeInteger(maxRetries) && maxRetries >= 0) return maxRetries;
  throw new TypeError(`maxRetries must be a whole number of at least 0, but was ${String(maxRetries)}.`);
};

/**
 * Load, decide, append: decodes the command, folds the stream's history into state
 * (or takes it from a trusted cache, see `foldWrittenEvents`), asks the decider, and
 * appends what it decided at the revision it was decided on. When another writer got
 * there first, it loads and decides again (the decision may now differ, or be
 * refused), up to `maxRetries` times.
 * Nothing is written unless everything before the append succeeded. Broken
 * infrastructure and misconfiguration (an event type without a schema version)
 * throw; everything a caller can act on comes back as a `HandlerFailure`.
 */
export const createCommandHandler = <Command, Event extends { readonly type: string }, State, Rejection>(
  options: CommandHandlerOptions<Command, Event, State, Rejection>,
): CommandHandler<Event, Rejection> => {
  const { store, decider, commandCodec, eventCodec, streamIdFor, upcasters, clock, commandIdOf, informCommand, writeFirst } = options;
  const newEventId = options.newEventId ?? createTimeOrderedIds();
  const isoTextOf = rememberingIsoText();
  const maxRetries = checkMaxRetries(options.maxRetries ?? 3);
  const loader = createStreamLoader({ store, decider, eventCodec, upcasters, cache: options.cache, foldWrittenEvents: options.foldWrittenEvents ?? false });

  const envelope = newEventEnvelope(upcasters, newEventId, "the command handler's upcaster registry");
  const toNewEvent = (event: Event, metadata: EventMetadata): NewEvent => envelope(event.type, eventCodec.encode(event), metadata);

  return async (input, context) => {
    const decoded = commandCodec.decode(input);
    if (E.isLeft(decoded)) return E.left(commandInvalid(describeValidationErrors(decoded.left)));
    const command = decoded.right;
    const streamId = streamIdFor(command);
    const correlationId = context.correlationId ?? newEventId();
    const causationId = context.causationId ?? commandIdOf?.(command) ?? correlationId;
    const attempts = maxRetries + 1;
    const firstWrites = writeFirst?.(command);
    const decideOn = async (loaded: LoadedStream<State>) => decider.decide(informCommand === undefined ? command : await informCommand(command), loaded.state);
    const unchanged = (loaded: LoadedStream<State>, attempt: number): Outcome<Event, Rejection> =>
      E.right({ streamId, events: [], written: [], newRevision: loaded.revision, position: undefined, attempts: attempt });

    /** Appends what was decided on `loaded` at its revision: the outcome, or the conflict the store reported. */
    const appendDecided = async (loaded: LoadedStream<State>, events: ReadonlyArray<Event>, attempt: number): Promise<Outcome<Event, Rejection> | ConcurrencyConflict> => {
      const metadata: EventMetadata = { recordedAt: isoTextOf(clock()), actor: context.actor, correlationId, causationId };
      const writtenFirst = firstWrites === undefined ? undefined : await firstWrites(events, metadata);
      if (writtenFirst !== undefined && E.isLeft(writtenFirst)) return writtenFirst;
      const newEvents = events.map((event) => toNewEvent(event, metadata));
      const appended = await appendRefusingErased(store, streamId, newEvents, loaded.revision ?? 'no_stream');
      if (E.isLeft(appended)) return appended.left._tag === 'ReferenceErased' ? E.left(appended.left) : appended.left;
      loader.appended(streamId, loaded, events, appended.right.nextExpectedRevision);
      const first = appended.right.nextExpectedRevision - BigInt(newEvents.length - 1);
      const own = newEvents.map((event, index) => writtenEvent(event, streamId, first + BigInt(index)));
      const written = writtenFirst === undefined || writtenFirst.right.length === 0 ? own : [...writtenFirst.right, ...own];
      return E.right({ streamId, events, written, newRevision: appended.right.nextExpectedRevision, position: appended.right.position, attempts: attempt });
    };

    // Decided on the trusted cache without a read; it stands only if the store takes its append at the cached revision.
    const trusted = firstWrites === undefined ? loader.trusted(streamId) : undefined;
    let unconfirmed: { readonly revision: bigint | undefined; readonly outcome: Outcome<Event, Rejection> } | undefined;
    if (trusted !== undefined) {
      const decision = await decideOn(trusted);
      if (E.isRight(decision) && decision.right.length > 0) {
        const appended = await appendDecided(trusted, decision.right, 1);
        if (!isConflict(appended)) return appended;
      } else {
        // A refusal or no change may stand on a stale state: confirmed by the read below.
        unconfirmed = { revision: trusted.revision, outcome: E.isLeft(decision) ? E.left(rejected(decision.left)) : unchanged(trusted, 1) };
      }
    }
    for (let attempt = 1; ; attempt += 1) {
      // After a conflict the stream is read from its start, as it is without a cache.
      const loaded = await loader.load(streamId, attempt > 1);
      if (E.isLeft(loaded)) return loaded;
      // Nothing was written after the state it was decided on: that decision is as fresh as this read.
      if (attempt === 1 && unconfirmed !== undefined && loaded.right.revision === unconfirmed.revision) return unconfirmed.outcome;
      const decision = await decideOn(loaded.right);
      if (E.isLeft(decision)) return E.left(rejected(decision.left));
      if (decision.right.length === 0) return unchanged(loaded.right, attempt);
      const appended = await appendDecided(loaded.right, decision.right, attempt);
      if (!isConflict(appended)) return appended;
      loader.forget(streamId);
      if (attempt >= attempts) return E.left(conflictPersisted(streamId, attempt, appended));
    }
  };
};

type Outcome<Event, Rejection> = E.Either<HandlerFailure<Rejection>, HandlerResult<Event>>;

const isConflict = <Event, Rejection>(appended: Outcome<Event, Rejection> | ConcurrencyConflict): appended is ConcurrencyConflict => appended._tag === 'ConcurrencyConflict';

/** The append, with personal data under an erased reference refused as a value: the store wrote nothing. */
const appendRefusingErased = async (
  store: EventStore,
  streamId: string,
  events: ReadonlyArray<NewEvent>,
  expected: ExpectedRevision,
): Promise<E.Either<ConcurrencyConflict | ReferenceErased, AppendResult>> => {
  try {
    return await store.append(streamId, events, expected);
  } catch (error) {
    if (error instanceof ErasedKeyError) return E.left(referenceErased(error.keyId, error.erasedAt));
    throw error;
  }
};
