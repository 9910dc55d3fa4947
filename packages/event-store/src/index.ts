export * from './port';
export * from './tamper-evidence';
export * from './personal-data';
