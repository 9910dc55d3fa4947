import type { BenchmarkContext } from './benchmark-context';
import { collectGarbage } from './memory';

/** Times the one section of a side that is measured; setting up and checking stay outside it. */
export type Timer = (work: () => Promise<void> | void) => Promise<void>;
export type Side = (time: Timer) => Promise<void>;

export interface Timing {
  /** The fastest round, in seconds. */
  readonly best: number;
  readonly rounds: ReadonlyArray<number>;
}

const secondsSince = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e9;

/**
 * Runs every side once per round, the sides taking turns, and keeps each side's
 * fastest round. Taking turns matters on a shared machine: a busy neighbour then slows
 * both sides of a comparison instead of one.
 */
export const timeRounds = async <Name extends string>(
  context: BenchmarkContext,
  label: string,
  sides: Readonly<Record<Name, Side>>,
  rounds: number = context.settings.rounds,
): Promise<Record<Name, Timing>> => {
  const names = Object.keys(sides) as Name[];
  const measured = new Map<Name, number[]>(names.map((name) => [name, []]));
  for (let round = 1; round <= rounds; round += 1) {
    for (const name of names) {
      let seconds: number | undefined;
      await sides[name](async (work) => {
        if (seconds !== undefined) throw new Error(`${label}: the side "${name}" timed two sections in one round.`);
        collectGarbage();
        const start = process.hrtime.bigint();
        await work();
        seconds = secondsSince(start);
        context.memory.sample();
      });
      if (seconds === undefined) throw new Error(`${label}: the side "${name}" timed nothing.`);
      measured.get(name)?.push(seconds);
      context.say(`${label}, round ${round} of ${rounds}: ${name} took ${seconds.toFixed(3)} s`);
    }
  }
  const timings = {} as Record<Name, Timing>;
  for (const name of names) {
    const all = measured.get(name) ?? [];
    timings[name] = { best: Math.min(...all), rounds: all.map((seconds) => Number(seconds.toFixed(4))) };
  }
  return timings;
};

/** How many a second, from a count and the best round. */
export const perSecond = (count: number, timing: Timing): number => count / timing.best;
