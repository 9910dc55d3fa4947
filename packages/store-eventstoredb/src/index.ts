export { connectEventStoreDb } from './connect-eventstoredb';
export type { EventStoreDbOptions } from './store-options';
export type { ResubscribePolicy } from './subscription/resubscribe-policy';
