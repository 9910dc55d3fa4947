import { formatInstant } from '@send-hub/core';
import type { ConcurrencyConflict } from '../port/errors';

/** The input is not a command this handler accepts; `problems` names each bad field and the value received. */
export interface CommandInvalid {
  readonly _tag: 'CommandInvalid';
  readonly code: 'command-invalid';
  readonly problems: ReadonlyArray<string>;
  readonly message: string;
}

/** The decider refused the command; `rejection` is the decider's own. */
export interface Rejected<Rejection> {
  readonly _tag: 'Rejected';
  readonly code: 'rejected';
  readonly rejection: Rejection;
  readonly message: string;
}

/** A stored event of the stream could not be read, so no decision could be made on its history. */
export interface StoredEventUnreadable {
  readonly _tag: 'StoredEventUnreadable';
  readonly code: 'stored-event-unreadable';
  readonly streamId: string;
  readonly revision: bigint;
  readonly message: string;
}

/** Others kept writing to the stream between each load and append, more times than the handler retries. */
export interface ConflictPersisted {
  readonly _tag: 'ConflictPersisted';
  readonly code: 'conflict-persisted';
  readonly streamId: string;
  readonly attempts: number;
  readonly lastConflict: ConcurrencyConflict;
  readonly message: string;
}

/** The command gives personal details under a reference whose personal data was erased: it can never be used again. */
export interface ReferenceErased {
  readonly _tag: 'ReferenceErased';
  readonly code: 'reference-erased';
  /** The erased reference (for the hub, the child reference): pseudonymous, never personal data. */
  readonly reference: string;
  readonly message: string;
}

export type HandlerFailure<Rejection> = CommandInvalid | Rejected<Rejection> | StoredEventUnreadable | ConflictPersisted | ReferenceErased;

export const commandInvalid = (problems: ReadonlyArray<string>): CommandInvalid => ({
  _tag: 'CommandInvalid',
  code: 'command-invalid',
  problems,
  message: `The command is not valid: ${problems.join('; ')}.`,
});

const messageOf = (rejection: unknown): string | undefined => {
  const message: unknown = typeof rejection === 'object' && rejection !== null ? (rejection as { message?: unknown }).message : undefined;
  return typeof message === 'string' && message.length > 0 ? message : undefined;
};

export const rejected = <Rejection>(rejection: Rejection): Rejected<Rejection> => ({
  _tag: 'Rejected',
  code: 'rejected',
  rejection,
  message: messageOf(rejection) ?? 'The command was refused.',
});

export const storedEventUnreadable = (streamId: string, revision: bigint, type: string, reason: string): StoredEventUnreadable => ({
  _tag: 'StoredEventUnreadable',
  code: 'stored-event-unreadable',
  streamId,
  revision,
  message: `The event at revision ${revision.toString()} of "${streamId}" (${type}) cannot be read: ${reason}. Nothing was recorded.`,
});

export const conflictPersisted = (streamId: string, attempts: number, lastConflict: ConcurrencyConflict): ConflictPersisted => ({
  _tag: 'ConflictPersisted',
  code: 'conflict-persisted',
  streamId,
  attempts,
  lastConflict,
  message:
    `"${streamId}" kept changing while this command was being decided: ${attempts} attempts in a row found someone else had written first. ` +
    'Nothing was recorded; try again in a moment.',
});

export const referenceErased = (reference: string, erasedAt: string | undefined): ReferenceErased => ({
  _tag: 'ReferenceErased',
  code: 'reference-erased',
  reference,
  message:
    `The personal data of "${reference}" was erased${erasedAt === undefined ? '' : ` on ${formatInstant(erasedAt)}`}, so personal details cannot be recorded under that reference again. ` +
    'Nothing was recorded; give the child a new reference.',
});
