import { InMemoryAccessLog } from '@send-hub/access';
import { CaseEvent, ChildEvent } from '@send-hub/core';
import { InMemoryCheckpointStore, InMemoryEventStore, InMemoryKeyStore, type EventStore } from '@send-hub/event-store';
import { childHistoryBreaches } from '@send-hub/testing';
import * as fc from 'fast-check';
import { either as E } from 'fp-ts';
import { createHub } from '../src';
import { parentalConsentOn, referralOf } from './support/referral';

/*
 * The child's boundary under every interleaving fast-check's scheduler draws: each read and
 * each append of the store waits for the scheduler to let it happen, so three referrals of
 * one child proceed in a random order, step by step.
 * Whatever the order, at most one open case of the child is ever recorded, exactly one
 * referral lands, and the history verifies.
 */

const officer = { actor: { id: 'officer-4', role: 'hub-coordinator', agency: 'education', districts: ['tamworth'] } } as const;
const dataProtectionOfficer = { actor: { id: 'dpo-1', role: 'data-protection-officer', agency: 'other', districts: [] } } as const;
const caseIds = ['71000000-0000-4000-8000-000000000001', '71000000-0000-4000-8000-000000000002', '71000000-0000-4000-8000-000000000003'];
const refer = (caseId: string) => ({ type: 'Refer', caseId, occurredOn: '2025-11-03', referral: referralOf('child-rae', 'tamworth', 'Rae Hill'), consent: parentalConsentOn('2025-11-03') });

/** The store, each read of a stream and each append taking place only when the scheduler lets it (while `scheduling.on`). */
const scheduledStore = (store: EventStore, scheduler: fc.Scheduler, scheduling: { on: boolean }): EventStore => {
  const when = <Result>(label: string, act: () => Promise<Result>): Promise<Result> => (scheduling.on ? scheduler.schedule(Promise.resolve(label), label).then(act) : act());
  return {
    readStream: (streamId, options) => when(`read ${streamId}`, () => store.readStream(streamId, options)),
    append: (streamId, events, expected) => when(`append to ${streamId}`, () => store.append(streamId, events, expected)),
    readAll: (options) => store.readAll(options),
    subscribeToAll: (options) => store.subscribeToAll(options),
    headPosition: () => store.headPosition(),
    dispose: () => store.dispose(),
  };
};

describe('three referrals of one child in any interleaving', () => {
  it('record at most one open case of the child, exactly one of them lands, and the history verifies', async () => {
    const seen = new Set<string>();
    await fc.assert(
      fc.asyncProperty(fc.scheduler(), async (scheduler) => {
        const raw = new InMemoryEventStore();
        const scheduling = { on: true };
        const hub = createHub({ store: scheduledStore(raw, scheduler, scheduling), keyStore: new InMemoryKeyStore(), checkpoints: new InMemoryCheckpointStore(), accessLog: new InMemoryAccessLog(), maxRetries: 10 });
        try {
          const results = await scheduler.waitFor(Promise.all(caseIds.map((caseId) => hub.recordCase(refer(caseId), officer))));
          scheduling.on = false;
          expect(results.filter(E.isRight)).toHaveLength(1);
          for (const refused of results.filter(E.isLeft)) seen.add(refused.left._tag === 'Rejected' ? refused.left.rejection.code : refused.left._tag);
          for (const refused of results.filter(E.isLeft)) expect(refused.left).toMatchObject({ _tag: 'Rejected', rejection: { code: expect.stringMatching(/^(child-has-open-case|referral-overtaken)$/) as unknown } });
          const history: Array<CaseEvent | ChildEvent> = [];
          for await (const event of raw.readAll()) history.push({ ...(event.data as object), type: event.type } as CaseEvent | ChildEvent);
          expect(childHistoryBreaches(history, { referralsStarted: true })).toEqual([]);
          if (history.some((event) => event.type === 'ReferralOvertaken')) seen.add('a referral overtaken on its way');
          const report = await hub.verify(dataProtectionOfficer);
          expect(E.isRight(report) && report.right.problems).toEqual([]);
        } finally {
          await hub.dispose();
        }
      }),
      { numRuns: 60, seed: 40 },
    );
    // The schedules reached both ways a referral loses: to an open case, and overtaken while on its way.
    expect([...seen].sort()).toEqual(['a referral overtaken on its way', 'child-has-open-case', 'referral-overtaken']);
  }, 60_000);
});
