export type { ContractStore, ContractStoreFactory } from './contract-store';
export { eventStoreContract } from './event-store-contract';
