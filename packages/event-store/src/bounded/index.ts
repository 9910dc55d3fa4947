export * from './forget-oldest-beyond';
