export * from './upcaster-registry';
export * from './upcasting-failures';
export * from './case-event-upcasters';
