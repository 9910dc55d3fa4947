export * from './case-history-breaches';
export * from './codec-round-trip-law';
export * from './decide-in-turn';
export * from './decide-is-pure-law';
export * from './decider-accepts-journeys-law';
export * from './decider-never-breaks-its-rules-law';
export { differences, plainEnglishProblems, showValue } from './describe-value';
export * from './evolve-is-total-law';
export * from './rejections-explain-themselves-law';
