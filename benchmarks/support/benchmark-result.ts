/** Plain JSON, so a result prints as it is and can be compared between runs by any tool. */
export type JsonValue = string | number | boolean | null | ReadonlyArray<JsonValue> | { readonly [key: string]: JsonValue };

/** A goal from an issue: the figure itself, or its ratio to the baseline, must reach `atLeast` (or, for a cost such as memory, stay below `below`). */
export interface Goal {
  readonly on: 'figure' | 'ratio';
  readonly atLeast?: number;
  readonly below?: number;
  /** The goal in words, as the issue puts it. */
  readonly text: string;
}

/** The simplest code doing the same work, measured in the same run so both sides saw the same machine. */
export interface Baseline {
  readonly measures: string;
  readonly figure: number;
}

/** One measured figure, with its baseline and goal when it has them. */
export interface Check {
  readonly name: string;
  readonly measures: string;
  readonly unit: string;
  readonly figure: number;
  readonly baseline: Baseline | null;
  /** figure / baseline figure; null without a baseline. */
  readonly ratio: number | null;
  readonly goal: Goal | null;
  /** null when no issue sets a goal for this figure: it is reported, not judged. */
  readonly met: boolean | null;
}

/** What a group returns: JSON only, so the runner can print it and the smoke test can read it. */
export interface GroupResult {
  readonly issue: number | null;
  readonly title: string;
  readonly settings: { readonly [key: string]: JsonValue };
  readonly checks: ReadonlyArray<Check>;
  /** Plain-English observations a reader of the figures needs (what dominates, what was left out). */
  readonly notes: ReadonlyArray<string>;
  /** True when no goal of the group was missed. */
  readonly met: boolean;
  /** Why the group measured nothing (for example, no PostgreSQL server answered); absent when it ran. */
  readonly skipped?: string;
}

const wholeOrThreeDigits = (value: number): number => (Math.abs(value) >= 100 ? Math.round(value) : Number(value.toPrecision(3)));

export const check = (fields: {
  readonly name: string;
  readonly measures: string;
  readonly unit: string;
  readonly figure: number;
  readonly baseline?: Baseline;
  readonly goal?: Goal;
}): Check => {
  const figure = wholeOrThreeDigits(fields.figure);
  const baseline = fields.baseline === undefined ? null : { measures: fields.baseline.measures, figure: wholeOrThreeDigits(fields.baseline.figure) };
  const ratio = fields.baseline === undefined ? null : Number((fields.figure / fields.baseline.figure).toFixed(3));
  const goal = fields.goal ?? null;
  const judged = goal === null ? null : goal.on === 'figure' ? fields.figure : ratio;
  const met =
    goal === null ? null : judged !== null && (goal.atLeast === undefined || judged >= goal.atLeast) && (goal.below === undefined || judged < goal.below);
  return { name: fields.name, measures: fields.measures, unit: fields.unit, figure, baseline, ratio, goal, met };
};

export const groupResult = (fields: Omit<GroupResult, 'met'>): GroupResult => ({
  ...fields,
  met: fields.checks.every((measured) => measured.met !== false),
});
