import type * as Jest from '@jest/globals';

/**
 * Jest's `describe`, `it`, `expect` and hooks, looked up when a contract suite is
 * declared rather than when this package is loaded. `@jest/globals` throws when it is
 * loaded outside Jest, and the arbitraries, the decider specification and the laws of
 * this package must load under any test runner, or none. Only the store contract
 * (`eventStoreContract`) is a Jest suite.
 */
export const jestGlobals = (): typeof Jest =>
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, for the reason above
  require('@jest/globals') as typeof Jest;
