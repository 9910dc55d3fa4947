import {
  checkAtHeldLMGMeeting,
  createLMGMeetingDecider,
  CaseCommand,
  LMGMeetingEvent,
  lmgMeetingStreamId,
  type CaseEvent,
  type CaseRejection,
  type HubConfiguration,
  type LMGMeetingReference,
  type LMGMeetingState,
} from '@send-hub/core';
import { createStateCache, createStreamLoader, rejected, type CommandHandler, type EventStore } from '@send-hub/event-store';
import { either as E } from 'fp-ts';
import { hubUpcasters } from './hub-upcasters';
import { commandTypeOf } from './command-type';

interface LMGMeetingCheckSettings {
  readonly store: EventStore;
  readonly configuration: HubConfiguration;
}

/**
 * The case handler, with the one rule a case's own stream cannot check: the group's
 * discussion of a case (`DiscussAtLMG`) is at a group meeting that was held, on its date.
 * The meeting's stream is read first; a meeting is recorded once, held or cancelled, and
 * stays so, so the answer cannot go stale before the case's append (see decision 29).
 * `commandOf` finds the command in the handler's input (the input itself, or an envelope's);
 * `mayCheck` refuses, before any meeting is read, a request that may not act for the
 * meeting's district. Any other input goes straight through: the handler's codec refuses
 * what is not a command, naming its fields.
 */
export const checkingLMGMeetings = <Rejection>(
  settings: LMGMeetingCheckSettings,
  handle: CommandHandler<CaseEvent, Rejection | CaseRejection>,
  commandOf: (input: unknown) => unknown,
  mayCheck: (input: unknown, meeting: LMGMeetingReference) => E.Either<Rejection, unknown> = () => E.right(undefined),
): CommandHandler<CaseEvent, Rejection | CaseRejection> => {
  const loader = createStreamLoader({
    store: settings.store,
    decider: createLMGMeetingDecider(settings.configuration),
    eventCodec: LMGMeetingEvent,
    upcasters: hubUpcasters(),
    cache: createStateCache<LMGMeetingState>({ maxStreams: 10_000 }),
    foldWrittenEvents: false,
  });
  return async (input, context) => {
    const given = commandOf(input);
    // Only a group discussion reads another stream; everything else goes straight on, decoded once, by the handler.
    if (commandTypeOf(given) !== 'DiscussAtLMG') return handle(input, context);
    // Decoded bounded, as the handler would (a malformed input may hold anything), and left to the handler to refuse.
    const decoded = CaseCommand.decode(given);
    if (E.isLeft(decoded) || decoded.right.type !== 'DiscussAtLMG') return handle(input, context);
    const command = decoded.right;
    const allowed = mayCheck(input, command.meeting);
    if (E.isLeft(allowed)) return E.left(rejected(allowed.left));
    const loaded = await loader.load(lmgMeetingStreamId(command.meeting), false);
    if (E.isLeft(loaded)) return loaded;
    const held = checkAtHeldLMGMeeting(settings.configuration, command.caseId, command.meeting, command.occurredOn, loaded.right.state);
    return E.isLeft(held) ? E.left(rejected(held.left)) : handle(input, context);
  };
};
