import { checkActor, isAccessRefused, mayRecord, recordedActor, type AccessPolicy, type AccessRefused } from '@send-hub/access';
import type { CaseCommand, CaseEvent, CaseRejection, CaseState, LMGMeetingCommand, LMGMeetingEvent, LMGMeetingRejection, MeetingCommand, MeetingEvent, MeetingRejection } from '@send-hub/core';
import { createCommandHandler, type CommandHandler, type CommandHandlerOptions, type HandlerFailure } from '@send-hub/event-store';
import { either as E } from 'fp-ts';
import { caseHandlerWiring, lmgMeetingHandlerWiring, meetingHandlerWiring, type HandlerSettings } from '../hub-command-handlers';
import { guardedDecider, requestedCodec, type Requested } from './guarded-decider';
import type { HubCommandFailure, HubCommandHandler, HubRequest } from './hub-request';
import { commandTypeOf } from '../command-type';

export interface GuardedCommandHandlers {
  readonly recordCase: HubCommandHandler<CaseEvent, CaseRejection>;
  readonly recordMeeting: HubCommandHandler<MeetingEvent, MeetingRejection>;
  readonly recordLMGMeeting: HubCommandHandler<LMGMeetingEvent, LMGMeetingRejection>;
}

/** The decider's access refusal as the request's own failure; every other failure as it is. */
const asRequestFailure = <Rejection>(failure: HandlerFailure<Rejection | AccessRefused>): HubCommandFailure<Rejection> => {
  if (failure._tag !== 'Rejected') return failure;
  const { rejection } = failure;
  return isAccessRefused(rejection) ? rejection : { ...failure, rejection };
};

/**
 * Wraps a handler of envelopes as the hub's: checks the actor, refuses at once a role the
 * policy never lets record the command's type (no stream is read; a type the policy does
 * not know is left to the codec, which refuses it as not a command), and gives the
 * decider's access refusal back as the request's own failure. The events record the
 * actor's id, role and agency.
 */
const guarded =
  <Event, Rejection>(policy: AccessPolicy, handle: CommandHandler<Event, Rejection | AccessRefused>): HubCommandHandler<Event, Rejection> =>
  async (input, request: HubRequest) => {
    const actor = checkActor(policy, request.actor);
    if (E.isLeft(actor)) return actor;
    const type = commandTypeOf(input);
    // Only a type the policy knows is refused early; any other input is the codec's to refuse as not a command.
    if (type !== undefined && Object.hasOwn(policy.commands, type)) {
      const anywhere = mayRecord(policy, actor.right, type, undefined);
      if (E.isLeft(anywhere)) return anywhere;
    }
    const envelope: Requested<unknown> = { command: input, actor: actor.right };
    const { purpose: _purpose, actor: _actor, ...ids } = request;
    const result = await handle(envelope, { ...ids, actor: recordedActor(actor.right) });
    return E.mapLeft(asRequestFailure<Rejection>)(result);
  };

const caseDistrict = (command: CaseCommand, state: CaseState): string | undefined =>
  command.type === 'Refer' ? command.referral.district : state.status === 'not-referred' ? undefined : state.district;

/** A handler's wiring with the policy in front of its decider, deciding on envelopes of command and actor. */
const guardedWiring = <Command extends { readonly type: string }, Event extends { readonly type: string }, State, Rejection>(
  wiring: CommandHandlerOptions<Command, Event, State, Rejection>,
  policy: AccessPolicy,
  districtOf: (command: Command, state: State) => string | undefined,
): CommandHandlerOptions<Requested<Command>, Event, State, Rejection | AccessRefused> => {
  const { decider, commandCodec, streamIdFor, commandIdOf: _commandIdOf, informCommand, writeFirst, ...rest } = wiring;
  return {
    ...rest,
    decider: guardedDecider(decider, policy, districtOf),
    commandCodec: requestedCodec(commandCodec),
    streamIdFor: ({ command }) => streamIdFor(command),
    ...(informCommand === undefined ? {} : { informCommand: async ({ command, actor }: Requested<Command>) => ({ command: await informCommand(command), actor }) }),
    // Written only after the decider, the policy in front of it included, took the command.
    ...(writeFirst === undefined ? {} : { writeFirst: ({ command }: Requested<Command>) => writeFirst(command) }),
  };
};

/** The hub's command handlers with the access policy in front of each decider. */
export const createGuardedCommandHandlers = (settings: HandlerSettings & { readonly policy: AccessPolicy }): GuardedCommandHandlers => ({
  recordCase: guarded(
    settings.policy,
    createCommandHandler(guardedWiring(caseHandlerWiring(settings), settings.policy, caseDistrict)),
  ),
  recordMeeting: guarded(settings.policy, createCommandHandler(guardedWiring(meetingHandlerWiring(settings), settings.policy, (command: MeetingCommand) => command.meeting.district))),
  recordLMGMeeting: guarded(settings.policy, createCommandHandler(guardedWiring(lmgMeetingHandlerWiring(settings), settings.policy, (command: LMGMeetingCommand) => command.meeting.district))),
});
