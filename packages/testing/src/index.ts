export * from './contract';
export * from './arbitraries';
export * from './decider-specification';
export * from './laws';
