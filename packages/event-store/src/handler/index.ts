export * from './command-handler';
export { describeValidationErrors } from './describe-validation-errors';
export { tagValuesOf } from './union-tags';
export * from './handler-failures';
export * from './state-cache';
export { createTimeOrderedIds } from './time-ordered-ids';
export { newEventEnvelope, type NewEventEnvelope } from './new-event-envelope';
export { createStreamLoader, type StreamLoader } from './stream-loader';
export { writtenEvent } from './written-event';
