import type { CheckpointStore } from '@send-hub/event-store';
import { either as E } from 'fp-ts';
import type { ChildStreamBackfill, ChildStreamBackfillFailure } from './child-stream-backfill';

/** The checkpoint that says an older history was brought onto its children's streams, so later opens read nothing. */
export const childStreamBackfillCheckpoint = 'upgrade-child-streams';

/**
 * What opening the hub did to bring an older history up to date. `brought-in`: the history
 * was read and `referralsStarted` cases referred before their child had a stream were started
 * on it (often none); `done-before`: an earlier opening did it, and nothing was read;
 * `not-written`: the hub was opened read-only, so nothing was checked.
 */
export interface HubOpened {
  readonly childStreams: 'brought-in' | 'done-before' | 'not-written';
  readonly referralsStarted: number;
}

export interface HubOpening {
  /** Runs the upgrade once (again after a failure); what it did, or why it could not. */
  ready(): Promise<E.Either<ChildStreamBackfillFailure, HubOpened>>;
  /** Waits for an upgrade under way, its outcome ignored: before the stores are released. */
  settled(): Promise<void>;
}

type Backfill = () => Promise<E.Either<ChildStreamBackfillFailure, ChildStreamBackfill>>;

const upgradeOnce = async (backfillChildStreams: Backfill, checkpoints: CheckpointStore): Promise<E.Either<ChildStreamBackfillFailure, HubOpened>> => {
  if ((await checkpoints.load(childStreamBackfillCheckpoint)) !== undefined) return E.right({ childStreams: 'done-before', referralsStarted: 0 });
  const backfill = await backfillChildStreams();
  if (E.isLeft(backfill)) return backfill;
  const { referralsStarted, children, readUpTo } = backfill.right;
  await checkpoints.save(childStreamBackfillCheckpoint, { position: readUpTo ?? 0n, state: JSON.stringify({ referralsStarted, children }) });
  return E.right({ childStreams: 'brought-in', referralsStarted });
};

/**
 * The upgrade a hub runs when it opens, before its first referral: started at once, awaited
 * by every referral, so none is decided before the older cases are on their
 * children's streams. A failure (a store out of reach) is not kept: the next command tries again.
 */
export const createHubOpening = (backfill: Backfill, checkpoints: CheckpointStore, writable: boolean): HubOpening => {
  let running: Promise<E.Either<ChildStreamBackfillFailure, HubOpened>> | undefined;
  const ready = (): Promise<E.Either<ChildStreamBackfillFailure, HubOpened>> => {
    if (!writable) return Promise.resolve(E.right({ childStreams: 'not-written', referralsStarted: 0 }));
    if (running === undefined) {
      const attempt = upgradeOnce(backfill, checkpoints);
      running = attempt;
      attempt.then(
        (outcome) => {
          if (E.isLeft(outcome) && running === attempt) running = undefined;
        },
        () => {
          if (running === attempt) running = undefined;
        },
      );
    }
    return running;
  };
  return {
    ready,
    settled: async () => {
      await running?.catch(() => undefined);
    },
  };
};
