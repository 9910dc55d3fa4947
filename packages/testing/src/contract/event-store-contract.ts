import { describeConcurrentWriters } from './concurrent-writers-contract';
import { useContractStore, type ContractStoreFactory } from './contract-store';
import { describeExpectedRevisions } from './expected-revision-contract';
import { describeLifecycle } from './lifecycle-contract';
import { describePayloads } from './payload-contract';
import { describeReading } from './reading-contract';
import { describeSubscriptions } from './subscription-contract';
import { jestGlobals } from './jest-globals';

/**
 * The promises of the `EventStore` port as one jest suite, for any adapter to run:
 *
 *     eventStoreContract('SQLite', async () => ({ store: openSqliteEventStore({ file: ':memory:' }) }));
 *
 * The factory is called before each test and the store disposed after it (then
 * `cleanup`, if given). Every test writes to streams with unique ids and reads
 * back only what it wrote, so the suite can run against a shared server that
 * already holds events: say `fresh: false` there, and the checks that need an
 * empty store are replaced by ones that hold on any store. Global order is held
 * to strictly increasing positions only, not contiguous ones, as EventStoreDB's
 * positions have gaps.
 */
export const eventStoreContract = (name: string, factory: ContractStoreFactory): void => {
  const { describe } = jestGlobals();
  describe(`${name} keeps the event store contract`, () => {
    const context = useContractStore(factory);
    describeExpectedRevisions(context);
    describeReading(context);
    describeSubscriptions(context);
    describeConcurrentWriters(context);
    describePayloads(context);
    describeLifecycle(context);
  });
};
