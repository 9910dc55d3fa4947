import highsLoader from 'highs';
import type { LinkedSet } from '../../src';

/** What an attacker holding every shown figure and every sum learns about one withheld figure. */
export interface WithheldRange {
  readonly key: string;
  readonly least: number;
  /** Infinity when nothing bounds it from above. */
  readonly most: number;
}

export interface AttackReport {
  readonly withheld: number;
  readonly ranges: ReadonlyArray<WithheldRange>;
  /** Withheld figures that take one value only, or range over less than the threshold: must be none. */
  readonly narrowed: ReadonlyArray<WithheldRange>;
}

/** Names ten to a line: LP-format readers limit the length of a line. */
const lines = (names: ReadonlyArray<string>): string[] => Array.from({ length: Math.ceil(names.length / 10) }, (_unused, index) => ` ${names.slice(index * 10, index * 10 + 10).join(' ')}`);

type Solver = Awaited<ReturnType<typeof highsLoader>>;
let loaded: Promise<Solver> | undefined;
const solver = (): Promise<Solver> => (loaded ??= highsLoader());

/**
 * The attacker's view: every withheld figure is an unknown whole number of zero or more, every
 * shown figure is known, and every sum holds. For each withheld figure, the unknowns linked to it
 * by sums are solved (an integer programme, by HiGHS) for its least and its greatest value.
 * Reads only what is shown, the sums, and which figures are withheld: never a withheld value.
 */
export const attackLinkedSet = async (set: LinkedSet, withheld: ReadonlySet<string>, threshold: number): Promise<AttackReport> => {
  const highs = await solver();
  const unknown = set.keys.map((key) => withheld.has(key));
  const shown = (index: number): number => {
    if (unknown[index] === true) throw new Error('A withheld value was read.');
    return set.values[index] ?? 0;
  };
  // The sums that hold an unknown, each as: sum of coefficient × unknown = constant.
  const equations = set.relations.flatMap((relation) => {
    const terms = [{ figure: relation.total, coefficient: 1 }, ...relation.parts.map((figure) => ({ figure, coefficient: -1 }))];
    const unknownTerms = terms.filter((term) => unknown[term.figure] === true);
    if (unknownTerms.length === 0) return [];
    const constant = -terms.filter((term) => unknown[term.figure] !== true).reduce((sum, term) => sum + term.coefficient * shown(term.figure), 0);
    return [{ terms: unknownTerms, constant }];
  });
  const equationsOf = new Map<number, number[]>();
  equations.forEach((equation, index) => {
    for (const term of equation.terms) equationsOf.set(term.figure, [...(equationsOf.get(term.figure) ?? []), index]);
  });
  const groupOf = (start: number): { figures: number[]; equations: number[] } => {
    const figures = new Set([start]);
    const used = new Set<number>();
    const queue = [start];
    for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
      for (const equation of equationsOf.get(next) ?? []) {
        if (used.has(equation)) continue;
        used.add(equation);
        for (const term of equations[equation]?.terms ?? []) {
          if (figures.has(term.figure)) continue;
          figures.add(term.figure);
          queue.push(term.figure);
        }
      }
    }
    return { figures: [...figures], equations: [...used] };
  };
  const extreme = (sense: 'Maximize' | 'Minimize', target: number, group: { figures: number[]; equations: number[] }): number => {
    const rows = group.equations.map((index, row) => {
      const equation = equations[index];
      const terms = (equation?.terms ?? []).map((term) => `${term.coefficient > 0 ? '+' : '-'} x${term.figure}`).join(' ');
      return ` e${row}: ${terms} = ${equation?.constant ?? 0}`;
    });
    const variables = group.figures.map((figure) => `x${figure}`);
    const model = [sense, ` objective: x${target}`, 'Subject To', ...(rows.length === 0 ? [` free: x${target} >= 0`] : rows), 'Bounds', ...variables.map((name) => ` ${name} >= 0`), 'General', ...lines(variables), 'End', ''].join('\n');
    const solution = highs.solve(model);
    if (solution.Status === 'Optimal') return Math.round(solution.ObjectiveValue);
    if (sense === 'Maximize' && (solution.Status === 'Unbounded' || solution.Status === 'Primal infeasible or unbounded')) return Number.POSITIVE_INFINITY;
    throw new Error(`The solver could not bound "${set.keys[target] ?? ''}": ${solution.Status}.`);
  };
  const ranges: WithheldRange[] = [];
  unknown.forEach((isUnknown, figure) => {
    if (!isUnknown) return;
    const group = groupOf(figure);
    ranges.push({ key: set.keys[figure] ?? '', least: extreme('Minimize', figure, group), most: extreme('Maximize', figure, group) });
  });
  return { withheld: ranges.length, ranges, narrowed: ranges.filter((range) => range.most === range.least || range.most - range.least < threshold) };
};
