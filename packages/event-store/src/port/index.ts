export * from './argument-checks';
export * from './checkpoint-store';
export * from './errors';
export * from './event-store';
export * from './expected-revision';
export * from './metadata';
export * from './new-event-checks';
export * from './recorded-event';
