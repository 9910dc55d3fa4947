import { either as E } from 'fp-ts';

/** A rule check, run only once every check before it has passed. */
export type Check<Rejection> = () => E.Either<Rejection, unknown>;

/**
 * Runs the checks in the order a person would explain them and returns the first
 * refusal, or the events when every check passed. It reads as `pipe` with
 * `E.chain` did, but without building a chain of closures per call: deciding
 * is on every command's path.
 */
export const eventsIfAllPass = <Rejection, Event>(
  checks: ReadonlyArray<Check<Rejection>>,
  events: ReadonlyArray<Event>,
): E.Either<Rejection, ReadonlyArray<Event>> => {
  for (const check of checks) {
    const result = check();
    if (E.isLeft(result)) return result;
  }
  return E.right(events);
};
