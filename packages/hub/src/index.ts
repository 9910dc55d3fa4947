export * from './decode-hub-event';
export * from './hub-events';
export * from './validation-messages';
export * from './hub-upcasters';
