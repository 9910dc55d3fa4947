import { concurrencyConflict, conflictPersisted, type ConcurrencyConflict, type ConflictPersisted } from '@send-hub/event-store';
import { either as E } from 'fp-ts';

const isConflict = (value: unknown): value is ConcurrencyConflict =>
  typeof value === 'object' && value !== null && (value as { readonly _tag?: unknown })._tag === 'ConcurrencyConflict';

/**
 * Runs `attempt` (a read, a decision and an append at the revision read) until it ends
 * in anything but a conflict, at most `attempts` times: its failure or its result, or
 * `ConflictPersisted` naming `streamId` and the last conflict once every attempt lost to
 * another writer. `attempt` reads again each time, so each decision is on what is there.
 */
export const retriedOnConflict = async <Failure, Result>(
  streamId: string,
  attempts: number,
  attempt: () => Promise<E.Either<Failure, Result | ConcurrencyConflict>>,
): Promise<E.Either<Failure | ConflictPersisted, Result>> => {
  let lastConflict: ConcurrencyConflict | undefined;
  for (let count = 1; count <= attempts; count += 1) {
    const outcome = await attempt();
    if (E.isLeft(outcome)) return outcome;
    if (!isConflict(outcome.right)) return E.right(outcome.right);
    lastConflict = outcome.right;
  }
  return E.left(conflictPersisted(lastConflict?.streamId ?? streamId, attempts, lastConflict ?? concurrencyConflict(streamId, 'any', undefined)));
};
