import { caseDecider, fold, type CaseCommand, type CaseEvent } from '@send-hub/core';
import { InMemoryEventStore, type HandlerResult } from '@send-hub/event-store';
import { caseHistoryBreaches, validCaseJourney } from '@send-hub/testing';
import { either as E } from 'fp-ts';
import * as fc from 'fast-check';
import { cachesFor, caseHandler, cachings, officer, scheduledStore, storedCaseEvents } from './support/case-handler';

const caseId = '7b1d2c3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e';
const meeting = { district: 'stafford', academicYear: '2025/26', halfTerm: 1 as const };
const refer: CaseCommand = {
  type: 'Refer',
  caseId,
  occurredOn: '2025-09-15',
  referral: {
    childReference: 'STAFFS-004217', district: 'stafford', school: '124356', yearGroup: 'Y7', senProvision: 'K', needs: [{ need: 'SEMH', rank: 1 }],
    sex: 'F', ethnicity: 'MWBC', pupilPremium: false, assessPlanDoReviewCycles: 1,
    personal: { childName: 'Maja Nowak', dateOfBirth: '2014-01-20', narrative: 'Anxious about attending school; attendance has fallen to 70 per cent.' },
  },
  consent: { givenBy: 'parent-or-carer', form: 'written', givenOn: '2025-09-12' },
};
/** Maja's own views, heard a few days after the referral. */
const views: CaseCommand = { type: 'RecordViews', caseId, occurredOn: '2025-09-19', whose: 'child-or-young-person', how: 'in-person', views: 'I want to come to school but the mornings make me feel sick.' };
const withdrawal: CaseCommand = { type: 'WithdrawConsent', caseId, occurredOn: '2025-09-17', withdrawnBy: 'parent-or-carer' };
/** Consent given again after the withdrawal. */
const consent: CaseCommand = { type: 'RecordConsent', caseId, occurredOn: '2025-09-19', givenBy: 'parent-or-carer', form: 'written' };
const discuss: CaseCommand = { type: 'Discuss', caseId, occurredOn: '2025-10-08', meeting };
const agree = (actionId: string, description: string): CaseCommand => ({
  type: 'AgreeActions', caseId, occurredOn: '2025-10-08', meeting, actions: [{ actionId, description, agency: 'education', ownerRole: 'special educational needs coordinator' }],
});

/** A store with the case's history written one command at a time, before any race starts. */
const storeWith = async (...commands: CaseCommand[]): Promise<InMemoryEventStore> => {
  const store = new InMemoryEventStore();
  const handle = caseHandler(store, 9);
  for (const command of commands) {
    const result = await handle(command, { actor: officer });
    if (E.isLeft(result)) throw new Error(`Setting up the race failed: ${result.left.message}`);
  }
  return store;
};

const resultsOf = (outcomes: ReadonlyArray<E.Either<{ _tag: string }, HandlerResult<CaseEvent>>>) => outcomes.map((outcome) => (E.isRight(outcome) ? outcome.right : outcome.left));

describe.each(cachings)('two handlers racing on one case, with %s', (caching) => {
  // A cache serves one store, so each test has its own.
  let cache = cachesFor(caching);
  beforeEach(() => {
    cache = cachesFor(caching);
  });
  // Both handlers start together, so both load the case at the same revision before either appends.
  it('records consent given again once when two officers record it at the same moment: the second retries and is refused', async () => {
    const store = await storeWith(refer, withdrawal);
    const outcomes = await Promise.all([caseHandler(store, 1, 3, cache())(consent, { actor: officer }), caseHandler(store, 2, 3, cache())(consent, { actor: officer })]);
    const [winner, loser] = E.isRight(outcomes[0]) ? outcomes : [outcomes[1], outcomes[0]];
    expect(winner).toMatchObject(E.right({ attempts: 1, newRevision: 2n }));
    expect(loser).toMatchObject(E.left({ _tag: 'Rejected', rejection: { code: 'consent-already-given' } }));
    expect((await storedCaseEvents(store, caseId)).events.map((event) => event.type)).toEqual(['Referred', 'ConsentWithdrawn', 'ConsentGiven']);
  });

  it('keeps both officers’ actions agreed at the same meeting: the second lands after the first, nothing lost or repeated', async () => {
    const store = await storeWith(refer, views, discuss);
    const outcomes = await Promise.all([
      caseHandler(store, 1, 3, cache())(agree('0b6e1f2a-7c3d-4e5f-8a9b-1c2d3e4f5a61', 'Visual timetable and a quiet space to use at transitions.'), { actor: officer }),
      caseHandler(store, 2, 3, cache())(agree('0b6e1f2a-7c3d-4e5f-8a9b-1c2d3e4f5a62', 'Weekly emotional literacy support sessions with a trained assistant.'), { actor: officer }),
    ]);
    const results = resultsOf(outcomes) as HandlerResult<CaseEvent>[];
    expect(results.map((result) => result.attempts).sort()).toEqual([1, 2]);
    expect(results.map((result) => result.newRevision).sort()).toEqual([3n, 4n]);
    const stored = await storedCaseEvents(store, caseId);
    expect(stored.events.filter((event) => event.type === 'ActionsAgreed')).toHaveLength(2);
    expect(new Set(stored.eventIds).size).toBe(stored.eventIds.length);
    expect(caseHistoryBreaches(stored.events)).toEqual([]);
  });

  it('refuses the same action agreed by two officers at once: it is recorded once', async () => {
    const store = await storeWith(refer, views, discuss);
    const sameAction = agree('0b6e1f2a-7c3d-4e5f-8a9b-1c2d3e4f5a61', 'Visual timetable and a quiet space to use at transitions.');
    const outcomes = await Promise.all([caseHandler(store, 1, 3, cache())(sameAction, { actor: officer }), caseHandler(store, 2, 3, cache())(sameAction, { actor: officer })]);
    expect(outcomes.filter(E.isRight)).toHaveLength(1);
    expect(outcomes.filter(E.isLeft).map((outcome) => E.isLeft(outcome) && outcome.left)).toMatchObject([{ _tag: 'Rejected', rejection: { code: 'actions-invalid' } }]);
    expect((await storedCaseEvents(store, caseId)).events).toHaveLength(4);
  });
});

/**
 * Any interleaving of two handlers' loads and appends (chosen by fast-check's
 * scheduler), each handler sending its share of a journey, some commands sent by both:
 * every accepted command's events are in the stream once, where its result says;
 * nothing else is; each was decided on exactly the history before it; and the stream
 * breaks no rule of the hub.
 */
describe.each(cachings)('racing handlers, any interleaving, with %s', (caching) => {
  it('lose nothing, duplicate nothing, and decide each command on the history it lands after', async () => {
    const race = validCaseJourney({ caseId, minReviewCycles: 1 }).chain(([first, ...rest]) =>
      fc.tuple(fc.constant(first), fc.tuple(...rest.map((command) => fc.constantFrom('first', 'second', 'first', 'second', 'both').map((sender) => ({ command, sender }))))),
    );
    await fc.assert(
      fc.asyncProperty(race, fc.scheduler(), async ([referral, shares], scheduler) => {
        const inner = await storeWith(...(referral === undefined ? [] : [referral]));
        // The referral's own events: the referral and any views heard with it.
        const setUp = (await storedCaseEvents(inner, caseId)).events.length;
        const store = scheduledStore(inner, scheduler);
        const queues = [1, 2].map((handler) => shares.filter(({ sender }) => sender === 'both' || sender === (handler === 1 ? 'first' : 'second')).map(({ command }) => command));
        const accepted: Array<{ command: CaseCommand; result: HandlerResult<CaseEvent> }> = [];
        const cache = cachesFor(caching);
        const runs = queues.map(async (queue, index) => {
          const handle = caseHandler(store, index + 1, 3, cache());
          for (const command of queue) {
            const outcome = await handle(command, { actor: officer });
            if (E.isRight(outcome)) accepted.push({ command, result: outcome.right });
            else expect(['Rejected', 'ConflictPersisted']).toContain(outcome.left._tag);
          }
        });
        await scheduler.waitFor(Promise.all(runs));

        const stored = await storedCaseEvents(inner, caseId);
        const written = accepted.flatMap(({ result }) => result.written);
        expect(stored.events.length).toBe(setUp + written.length);
        expect(new Set(stored.eventIds).size).toBe(stored.eventIds.length);
        for (const { command, result } of accepted) {
          const first = Number(result.written[0]?.revision ?? -1n);
          expect(result.written.map((event) => event.eventId)).toEqual(stored.eventIds.slice(first, first + result.written.length));
          const before = fold(caseDecider.evolve, caseDecider.initialState, stored.events.slice(0, first));
          expect(caseDecider.decide(command, before)).toEqual(E.right(result.events));
        }
        expect(caseHistoryBreaches(stored.events)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});
