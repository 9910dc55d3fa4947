import type { EventStore } from '@send-hub/event-store';
import { jestGlobals } from './jest-globals';

/** What an adapter's factory hands the contract suite: one store per test. */
export interface ContractStore {
  readonly store: EventStore;
  /**
   * Whether the store is new and empty (an in-memory store, a new file): then the
   * suite also checks what an empty store answers (no events, no head position).
   * Say `false` for a shared server that may already hold events, from earlier runs
   * or other processes; those checks are then replaced by ones that hold on any
   * store. Every other check uses streams with unique ids and reads only what it
   * wrote, so it holds on a shared server too. Default: true.
   */
  readonly fresh?: boolean;
  /** Runs after each test, once the suite has disposed the store (remove files, close servers). */
  readonly cleanup?: () => Promise<void>;
}

export type ContractStoreFactory = () => Promise<ContractStore>;

/** How each part of the suite reaches the store of the running test. */
export interface ContractContext {
  readonly store: () => EventStore;
  readonly fresh: () => boolean;
}

/** Creates a store before each test and disposes of it after, whatever the test did to it. */
export const useContractStore = (factory: ContractStoreFactory): ContractContext => {
  const { afterEach, beforeEach } = jestGlobals();
  let current: ContractStore | undefined;
  beforeEach(async () => {
    current = await factory();
  });
  afterEach(async () => {
    const ended = current;
    current = undefined;
    if (ended === undefined) return;
    await ended.store.dispose();
    await ended.cleanup?.();
  });
  const running = (): ContractStore => {
    if (current === undefined) throw new Error('The contract store is only there while a test runs.');
    return current;
  };
  return { store: () => running().store, fresh: () => running().fresh ?? true };
};
