export * from './upcaster-registry';
export * from './upcasting-failures';
