export * from './decider/decider';
