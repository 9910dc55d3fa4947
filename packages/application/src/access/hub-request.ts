import type { AccessActor, AccessRefused } from '@send-hub/access';
import type { HandlerFailure, HandlerResult } from '@send-hub/event-store';
import type { Either } from 'fp-ts/Either';

/**
 * What every command and every read of the hub carries: who is asking (checked against
 * the access policy each time), why, and which request it belongs to. The purpose goes
 * into the access log with every read of a child's personal data.
 */
export interface HubRequest {
  readonly actor: AccessActor;
  /** Why the record is read ("to prepare the Spring 1 meeting"); each read has a plain default. */
  readonly purpose?: string;
  /** Ties together everything one request caused; a new id when absent. */
  readonly correlationId?: string;
  readonly causationId?: string;
}

/** A command the policy refused (nothing was written), or one the hub's handler refused or could not record. */
export type HubCommandFailure<Rejection> = HandlerFailure<Rejection> | AccessRefused;

/** Records a command given as unknown input, for the actor of `request`. */
export type HubCommandHandler<Event, Rejection> = (input: unknown, request: HubRequest) => Promise<Either<HubCommandFailure<Rejection>, HandlerResult<Event>>>;
