import { mayRecord, type AccessActor, type AccessPolicy, type AccessRefused } from '@send-hub/access';
import type { Decider } from '@send-hub/core';
import { either as E } from 'fp-ts';
import * as t from 'io-ts';

/** A command with the actor who asks for it: the envelope the policy decides on, beside the command, never in it. */
export interface Requested<Command> {
  readonly command: Command;
  readonly actor: AccessActor;
}

/**
 * Decodes the command of an envelope the hub built (the actor already checked) with the
 * command's own codec, at the envelope's own context, so every problem names the field
 * of the command as it would without an envelope.
 */
const isRequested = (input: unknown): input is Requested<unknown> => typeof input === 'object' && input !== null && 'command' in input && 'actor' in input;

export const requestedCodec = <Command>(codec: t.Decoder<unknown, Command>): t.Decoder<unknown, Requested<Command>> => ({
  name: codec.name,
  validate: (input, context) =>
    isRequested(input) ? E.map((command: Command) => ({ command, actor: input.actor }))(codec.validate(input.command, context)) : t.failure(input, context, 'a command with its actor'),
  // The context starts at the command's own codec, so error paths read as they would without the envelope.
  decode(input) {
    return this.validate(input, [{ key: '', type: codec as t.Decoder<unknown, unknown>, actual: isRequested(input) ? input.command : input }]);
  },
});

/**
 * The decider with the policy in front: the command is decided only if the actor's role
 * may record its type in the district the state (or the command) names, so the refusal
 * comes from the stream's current state, including a case that moved district.
 */
export const guardedDecider = <Command extends { readonly type: string }, Event, State, Rejection>(
  decider: Decider<Command, Event, State, Rejection>,
  policy: AccessPolicy,
  districtOf: (command: Command, state: State) => string | undefined,
): Decider<Requested<Command>, Event, State, Rejection | AccessRefused> => ({
  initialState: decider.initialState,
  evolve: decider.evolve,
  decide: ({ command, actor }, state) => {
    const allowed = mayRecord(policy, actor, command.type, districtOf(command, state));
    return E.isLeft(allowed) ? allowed : decider.decide(command, state);
  },
});
