export * from './projection';
export * from './projection-fold';
export * from './projection-runner';
export * from './progress';
export * from './rebuild';
export * from './versioned-json-state';
export * from './meeting-facts';
export * from './combined-projection';
