import type { AccessRefused } from '@send-hub/access';
import type { HubCommandFailure } from '@send-hub/application';
import type { HandlerResult } from '@send-hub/event-store';
import { either as E } from 'fp-ts';
import { problem, type Problem } from './problem-details';
import { readModelsReach } from './read-your-writes';
import { json, problemReply, type Reply } from './replies';
import type { ServiceContext } from './service-context';

/** Both deciders' rejections carry a stable rule code and a plain-English message. */
type RuleRejection = { readonly code: string; readonly message: string };

/** A request the hub's access policy refused: 403, with the policy's stable code; nothing was read or written. */
export const refusedProblem = (refusal: AccessRefused): Problem => problem('access-refused', refusal.message, { code: refusal.code });

/** Each way a command can fail, as the problem a client is told. */
export const failureProblem = (failure: HubCommandFailure<RuleRejection>): Problem => {
  switch (failure._tag) {
    case 'AccessRefused':
      return refusedProblem(failure);
    case 'CommandInvalid':
      return problem('command-invalid', failure.message, { problems: failure.problems });
    case 'Rejected':
      return problem('rule-refused', failure.message, { code: failure.rejection.code });
    case 'ConflictPersisted':
      return problem('conflict-persisted', failure.message, { streamId: failure.streamId, attempts: failure.attempts }, { 'Retry-After': '1' });
    case 'ReferenceErased':
      return problem('reference-erased', failure.message, { reference: failure.reference });
    case 'StoredEventUnreadable':
      return problem('stored-event-unreadable', failure.message, { streamId: failure.streamId, revision: failure.revision });
  }
};

/**
 * 201 with what was written once the read models include it; 200 when the command
 * changed nothing; 202 when it was recorded but the read models have not caught up in
 * time (it is durable; reads may not show it yet).
 */
export const commandReply = async (context: ServiceContext, result: E.Either<HubCommandFailure<RuleRejection>, HandlerResult<{ readonly type: string }>>, location?: string): Promise<Reply> => {
  if (E.isLeft(result)) return problemReply(failureProblem(result.left));
  const { streamId, written, newRevision, position, attempts } = result.right;
  const body = {
    streamId,
    // A referral also writes the child's own stream first (decision 40): each event says where it went.
    events: written.map((event) => ({ eventId: event.eventId, type: event.type, streamId: event.streamId, revision: event.revision })),
    revision: newRevision ?? null,
    position: position ?? null,
    attempts,
  };
  const headers: Record<string, string> = location === undefined ? {} : { Location: location };
  if (position === undefined) return json({ ...body, readModelsInclude: true }, 200, headers);
  const caughtUp = await readModelsReach(context.hub, position, context.readModelWaitMilliseconds);
  return json({ ...body, readModelsInclude: caughtUp }, caughtUp ? 201 : 202, headers);
};
