export * from './port';
export * from './tamper-evidence';
export * from './personal-data';
export * from './in-memory';
export * from './handler';
export * from './upcasting';
export * from './bounded';
