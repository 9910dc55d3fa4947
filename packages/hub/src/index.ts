export * from './decode-hub-event';
export * from './hub-events';
export * from './validation-messages';
