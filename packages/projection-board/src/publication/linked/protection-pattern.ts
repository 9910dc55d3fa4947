import type { LinkedSet } from './linked-figures';

/**
 * Figures that can all move together, each up or down by the same amount, while every sum in
 * the set still adds up and every shown figure stays as shown: a whole-number direction in
 * which a reader of the published figures cannot tell the true values from others. The figure
 * it was found for moves by `width` or more (from its value down to zero, or up), so no
 * combination of the shown figures and sums narrows it to less than that.
 */
export interface ProtectionPattern {
  /** Figure numbers, the protected figure first. */
  readonly figures: ReadonlyArray<number>;
  /** +1 where a figure moves with the protected one, -1 where it moves against it. */
  readonly signs: ReadonlyArray<1 | -1>;
  /** The least range over which every figure of the pattern can move: at least the threshold. */
  readonly width: number;
}

export interface PatternSearchLimits {
  /** The most figures a pattern may hold. */
  readonly maxFigures: number;
  /** The most choices the search tries before giving up. */
  readonly maxSteps: number;
  /**
   * Look only for figures that rise with the protected one, as if one more child were counted:
   * such a pattern can rise without end, so its width has no bound, at the cost of withholding
   * totals up to the county's.
   */
  readonly riseOnly?: boolean;
  /**
   * Let the protected count fall by as little as one, and rise by at least the threshold less
   * one: the same range as a pattern that falls to zero, placed higher, and the standard the
   * rise-only pattern already holds a count to. Figures moving with it then need only be
   * counted at all, so a small count whose sum is made of smaller ones (a county's three
   * made of a district's one and another's two) can be protected beside a larger figure
   * instead of by withholding every total above it.
   */
  readonly fallByOne?: boolean;
}

/** Arrays reused from one search to the next: a set holds thousands of figures and each search touches a few. */
export interface PatternWorkspace {
  readonly signs: Int8Array;
  readonly imbalance: Int32Array;
}

export const patternWorkspace = (set: LinkedSet): PatternWorkspace => ({ signs: new Int8Array(set.keys.length), imbalance: new Int32Array(set.relations.length) });

interface Candidate {
  readonly figure: number;
  readonly sign: 1 | -1;
}

/**
 * Searches, depth first, for a pattern through `figure` (a count from 1 to the threshold).
 * Every sum a chosen figure is in must stay balanced, so each unbalanced sum is mended by one
 * more figure: the sum with the fewest ways to mend it first, and among its figures those
 * already withheld first (they cost nothing), then those in the fewest sums, then the smallest.
 * A figure moving with the protected one must be at least its value (so it can fall to zero);
 * one moving against it at least the threshold less that value (with `fallByOne`: at least one,
 * and at least the threshold less one); zeros never move (they are shown).
 * Deterministic: the same set gives the same pattern.
 */
export const findProtectionPattern = (
  set: LinkedSet,
  withheld: ReadonlyArray<boolean>,
  figure: number,
  threshold: number,
  limits: PatternSearchLimits,
  workspace: PatternWorkspace = patternWorkspace(set),
): ProtectionPattern | undefined => {
  const { signs, imbalance } = workspace;
  const value = set.values[figure] ?? 0;
  const riseOnly = limits.riseOnly === true;
  const withSign = riseOnly || limits.fallByOne === true ? 1 : Math.min(value, threshold);
  const againstSign = threshold - withSign;
  const chosen: number[] = [];
  const unbalanced = new Set<number>();
  let steps = 0;

  const shift = (index: number, sign: number): void => {
    for (const relation of set.relationsOf[index] ?? []) {
      const entry = set.relations[relation];
      if (entry === undefined) continue;
      const next = (imbalance[relation] ?? 0) + (entry.total === index ? sign : -sign);
      imbalance[relation] = next;
      if (next === 0) unbalanced.delete(relation);
      else unbalanced.add(relation);
    }
  };
  const choose = (index: number, sign: 1 | -1): void => {
    signs[index] = sign;
    chosen.push(index);
    shift(index, sign);
  };
  const unchoose = (): void => {
    const index = chosen.pop();
    if (index === undefined) return;
    shift(index, -(signs[index] ?? 0));
    signs[index] = 0;
  };
  const fits = (index: number, sign: 1 | -1): boolean => {
    const figureValue = set.values[index] ?? 0;
    if (riseOnly && sign === -1) return false;
    return figureValue >= 1 && figureValue >= (sign === 1 ? withSign : againstSign);
  };
  const candidatesOf = (relation: number): Candidate[] => {
    const entry = set.relations[relation];
    const excess = imbalance[relation] ?? 0;
    if (entry === undefined || excess === 0) return [];
    const found: Candidate[] = [];
    const partSign: 1 | -1 = excess > 0 ? 1 : -1;
    for (const part of entry.parts) if (signs[part] === 0 && fits(part, partSign)) found.push({ figure: part, sign: partSign });
    const totalSign: 1 | -1 = excess > 0 ? -1 : 1;
    if (signs[entry.total] === 0 && fits(entry.total, totalSign)) found.push({ figure: entry.total, sign: totalSign });
    return found;
  };
  const cost = (index: number): readonly [number, number, number, number] => [withheld[index] === true ? 0 : 1, set.relationsOf[index]?.length ?? 0, set.values[index] ?? 0, index];
  const cheaper = (left: Candidate, right: Candidate): number => {
    const [a, b] = [cost(left.figure), cost(right.figure)];
    for (let position = 0; position < a.length; position += 1) if (a[position] !== b[position]) return (a[position] ?? 0) - (b[position] ?? 0);
    return 0;
  };

  const search = (): boolean => {
    if (unbalanced.size === 0) return true;
    steps += 1;
    if (steps > limits.maxSteps || chosen.length >= limits.maxFigures) return false;
    let best: Candidate[] | undefined;
    for (const relation of unbalanced) {
      const candidates = candidatesOf(relation);
      if (candidates.length === 0) return false;
      if (best === undefined || candidates.length < best.length) best = candidates;
    }
    for (const candidate of (best ?? []).sort(cheaper)) {
      choose(candidate.figure, candidate.sign);
      if (search()) return true;
      unchoose();
    }
    return false;
  };

  choose(figure, 1);
  const found = search();
  const pattern = found ? patternOf(set, chosen, signs) : undefined;
  while (chosen.length > 0) unchoose();
  return pattern;
};

const patternOf = (set: LinkedSet, chosen: ReadonlyArray<number>, signs: Int8Array): ProtectionPattern => {
  let lowest = { with: Number.POSITIVE_INFINITY, against: Number.POSITIVE_INFINITY };
  const patternSigns = chosen.map((index): 1 | -1 => (signs[index] === 1 ? 1 : -1));
  chosen.forEach((index, position) => {
    const figureValue = set.values[index] ?? 0;
    lowest = patternSigns[position] === 1 ? { ...lowest, with: Math.min(lowest.with, figureValue) } : { ...lowest, against: Math.min(lowest.against, figureValue) };
  });
  return { figures: [...chosen], signs: patternSigns, width: lowest.with + lowest.against };
};
