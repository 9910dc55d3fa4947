import type { VerificationProblem } from './verification-problems';

/** Counts every problem but lists only the first few thousand, so a badly damaged store cannot exhaust memory. */
export class ProblemCollector {
  readonly listed: VerificationProblem[] = [];
  readonly byCode: Record<string, number> = {};
  readonly ruleBreaches: Record<string, number> = {};
  count = 0;

  constructor(private readonly maxListed: number) {}

  add(problems: ReadonlyArray<VerificationProblem>): void {
    for (const problem of problems) {
      this.count += 1;
      this.byCode[problem.code] = (this.byCode[problem.code] ?? 0) + 1;
      if (problem._tag === 'RuleProblem' && problem.rule !== undefined) this.ruleBreaches[problem.rule] = (this.ruleBreaches[problem.rule] ?? 0) + 1;
      if (this.listed.length < this.maxListed) this.listed.push(problem);
    }
  }
}
