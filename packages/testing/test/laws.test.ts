import { caseDecider, CaseEvent, type CaseDecider, type Decider } from '@send-hub/core';
import {
  caseHistoryBreaches,
  childHistoryBreaches,
  codecRoundTripLaw,
  decideIsPureLaw,
  deciderAcceptsJourneysLaw,
  decisionsKeepToTheirMeetingLaw,
  deciderNeverBreaksItsRulesLaw,
  evolveIsPureLaw,
  evolveIsTotalLaw,
  plainEnglishProblems,
  rejectionsExplainThemselvesLaw,
  stateSharesNothingWithEventsLaw,
  validCaseHistory,
  validCaseJourney,
} from '@send-hub/testing';
import { either as E } from 'fp-ts';
import * as fc from 'fast-check';
import * as t from 'io-ts';

/** Runs a law and returns why it failed (the error fast-check caught); fails the test if the law held. */
const whyItFails = (property: fc.IProperty<never> | fc.IProperty<[unknown]> | fc.IProperty<[unknown, unknown]>): string => {
  const details = fc.check(property as fc.IProperty<unknown[]>, { numRuns: 200, seed: 1 });
  if (!details.failed) throw new Error('the law was expected to fail, but it held');
  return String(details.errorInstance);
};

type Command = { readonly amount: number };
type Event = { readonly amount: number };
type Rejection = { readonly code: string; readonly message: string };
const commands = fc.array(fc.integer({ min: -5, max: 5 }).map((amount) => ({ amount })), { maxLength: 6 });
const journeysOfOnes = fc.array(fc.constant({ amount: 1 }), { maxLength: 5 });

/** A running total that must never go below zero. */
const total: Decider<Command, Event, number, Rejection> = {
  initialState: 0,
  evolve: (sum, event) => sum + event.amount,
  decide: (command, sum) =>
    sum + command.amount < 0 ? E.left({ code: 'below-zero', message: `Taking ${-command.amount} from ${sum} goes below zero.` }) : E.right([{ amount: command.amount }]),
};
const neverBelowZero = (history: ReadonlyArray<Event>): string[] => {
  let sum = 0;
  return history.flatMap((event, index) => ((sum += event.amount) < 0 ? [`event ${index + 1} takes the total below zero`] : []));
};

describe('the laws hold for lawful code', () => {
  it('for the case decider and its codec', () => {
    fc.assert(codecRoundTripLaw(CaseEvent, validCaseHistory().chain((history) => fc.constantFrom(...history)), { throughJson: true }), { numRuns: 50 });
    fc.assert(deciderAcceptsJourneysLaw(caseDecider, validCaseJourney()), { numRuns: 50 });
    fc.assert(decisionsKeepToTheirMeetingLaw(caseDecider, validCaseJourney()), { numRuns: 50 });
  });

  it('for a small decider', () => {
    fc.assert(deciderNeverBreaksItsRulesLaw(total, commands, neverBelowZero), { numRuns: 100 });
    fc.assert(decideIsPureLaw(total, commands), { numRuns: 100 });
    fc.assert(rejectionsExplainThemselvesLaw(total, commands, { 'below-zero': 'The total never goes below zero.' }), { numRuns: 100 });
    fc.assert(evolveIsTotalLaw(total, fc.integer().map((amount) => ({ amount }))), { numRuns: 100 });
  });
});

describe('the laws catch broken code, saying what broke', () => {
  it('a codec that loses a field', () => {
    const Lossy = new t.Type<{ name: string; age: number }, { name: string }, unknown>(
      'a person',
      (input): input is { name: string; age: number } => typeof input === 'object' && input !== null && 'name' in input && 'age' in input,
      (input, context) => (typeof input === 'object' && input !== null && 'name' in input ? t.success({ ...(input as { name: string }), age: 0 }) : t.failure(input, context)),
      ({ name }) => ({ name }),
    );
    const message = whyItFails(codecRoundTripLaw(Lossy, fc.record({ name: fc.string(), age: fc.integer({ min: 1, max: 90 }) })));
    expect(message).toMatch(/decoded a different value than it encoded:\nage: expected \d+, received 0/);
  });

  it('a codec whose encoding JSON cannot hold', () => {
    const message = whyItFails(codecRoundTripLaw(t.unknown as t.Type<unknown>, fc.constant<unknown>([undefined]), { throughJson: true }));
    expect(message).toContain('decoded a different value');
  });

  it('a decider that lets a rule be broken, naming the command that broke it', () => {
    const careless: typeof total = { ...total, decide: (command) => E.right([{ amount: command.amount }]) };
    const message = whyItFails(deciderNeverBreaksItsRulesLaw(careless, commands, neverBelowZero));
    expect(message).toMatch(/Command \d+ of \d+ was accepted but breaks the rules:\n {2}event \d+ takes the total below zero/);
  });

  it('a decider that refuses a valid journey', () => {
    const strict: typeof total = { ...total, decide: (_command, sum) => (sum >= 2 ? E.left({ code: 'full', message: 'The total is full.' }) : E.right([{ amount: 1 }])) };
    expect(whyItFails(deciderAcceptsJourneysLaw(strict, journeysOfOnes))).toContain('Step 3 of 3 of a valid journey was refused');
  });

  it('a case decider that does not listen to what the meeting recorded', () => {
    const deaf: CaseDecider = { ...caseDecider, decide: (command, state) => caseDecider.decide({ ...command, recordedMeeting: undefined }, state) };
    expect(whyItFails(decisionsKeepToTheirMeetingLaw(deaf, validCaseJourney()))).toContain('was not refused as cancelled');
  });

  it('a decider with hidden state', () => {
    let calls = 0;
    const forgetful: typeof total = { ...total, decide: (command) => E.right([{ amount: command.amount + (calls++ % 2) }]) };
    expect(whyItFails(decideIsPureLaw(forgetful, commands.filter((list) => list.length > 0)))).toContain('twice on one state gave different answers');
  });

  it('a decider that changes the state it is given', () => {
    const meddling: Decider<Command, Event, { sum: number }, Rejection> = {
      initialState: { sum: 0 },
      evolve: (state, event) => ({ sum: state.sum + event.amount }),
      decide: (command, state) => {
        (state as { sum: number }).sum += 1;
        return E.right([{ amount: command.amount }]);
      },
    };
    expect(whyItFails(decideIsPureLaw(meddling, commands.filter((list) => list.length > 0)))).toMatch(/read only|read-only|Cannot assign/);
  });

  it('an evolve that changes the state it is given', () => {
    const appending: Decider<Command, Event, { amounts: number[] }, Rejection> = {
      initialState: { amounts: [] },
      evolve: (state, event) => {
        state.amounts.push(event.amount);
        return { amounts: state.amounts };
      },
      decide: (command) => E.right([{ amount: command.amount }]),
    };
    expect(whyItFails(evolveIsPureLaw(appending, journeysOfOnes.filter((list) => list.length > 0)))).toMatch(/not extensible|read only|read-only|Cannot add/);
  });

  it('a state that keeps an event’s own object', () => {
    const keeping: Decider<Command, Event, { readonly last?: Event }, Rejection> = {
      initialState: {},
      evolve: (_state, event) => ({ last: event }),
      decide: (command) => E.right([{ amount: command.amount }]),
    };
    expect(whyItFails(stateSharesNothingWithEventsLaw(keeping, journeysOfOnes.filter((list) => list.length > 0)))).toMatch(
      /After folding event 1 \(\{"amount":1\}\), state\.last is an object of an event, not a copy of it\./,
    );
    const copying: typeof keeping = { ...keeping, evolve: (_state, event) => ({ last: { amount: event.amount } }) };
    fc.assert(stateSharesNothingWithEventsLaw(copying, journeysOfOnes), { numRuns: 50 });
  });

  it('refusals with unknown codes or words that are not sentences', () => {
    const terse: typeof total = { ...total, decide: () => E.left({ code: 'nope', message: 'nope' }) };
    const message = whyItFails(rejectionsExplainThemselvesLaw(terse, commands.filter((list) => list.length > 0), { 'below-zero': 'The total never goes below zero.' }));
    expect(message).toContain('the code "nope" is not one of the rules (below-zero)');
    expect(message).toContain('the message is a single word, not a sentence');
  });

  it('an evolve that throws on an event it did not expect', () => {
    const fragile: typeof total = { ...total, evolve: (sum, event) => { if (event.amount > 100) throw new Error('too large'); return sum + event.amount; } };
    expect(whyItFails(evolveIsTotalLaw(fragile, fc.integer({ min: 0, max: 1000 }).map((amount) => ({ amount }))))).toMatch(/evolve threw on event \d+ of \d+ .* too large/);
  });
});

describe('the independent reading of the child’s rule', () => {
  const [first, second] = ['0b6e1f2a-7c3d-4e5f-8a9b-1c2d3e4f5a01', '0b6e1f2a-7c3d-4e5f-8a9b-1c2d3e4f5a02'];
  const histories = fc.sample(validCaseHistory({ caseId: first }), { numRuns: 1, seed: 5 })[0] ?? [];
  const referred = histories[0];
  if (referred?.type !== 'Referred') throw new Error('A valid history starts with a referral.');
  const child = referred.referral.childReference;
  const again: CaseEvent = { ...referred, caseId: second, occurredOn: '2030-01-06' };
  const closed: CaseEvent = { type: 'CaseClosed', caseId: first, occurredOn: '2030-01-05', reason: 'left-the-area' };
  const started = (caseId: string) => ({ type: 'ReferralStarted' as const, childReference: child, caseId, occurredOn: '2030-01-06' });

  it('lets a child be referred again once their case is closed, by the hub or by the group', () => {
    expect(childHistoryBreaches([referred, closed, again])).toEqual([]);
    const byGroup: CaseEvent = { type: 'DiscussedAtLMG', caseId: first, occurredOn: '2030-01-05', meeting: { district: referred.referral.district, academicYear: '2029/30', halfTerm: 3 }, outcome: 'closed', reason: 'Needs met elsewhere.', recommendations: [] };
    expect(childHistoryBreaches([referred, byGroup, again])).toEqual([]);
    expect(childHistoryBreaches([started(first), referred, closed, started(second), again], { referralsStarted: true })).toEqual([]);
  });

  it('names a second referral while the first case is open, an overtaken referral recorded, and a referral never started', () => {
    expect(childHistoryBreaches([referred, again])).toEqual([`event 2 (Referred): the child ${child} is referred again as case ${second} while case ${first} is open`]);
    expect(childHistoryBreaches([{ type: 'ReferralOvertaken', caseId: second, occurredOn: '2030-01-06', overtakenBy: first }, referred, closed, again])).toEqual([
      `event 4 (Referred): case ${second} is referred after another referral of the child overtook it`,
    ]);
    expect(childHistoryBreaches([referred], { referralsStarted: true })).toEqual([`event 1 (Referred): case ${first} is referred without being started on the child’s stream`]);
  });
});

describe('the independent reading of the case rules', () => {
  it('finds nothing wrong in a valid history and names each breach in a broken one', () => {
    const [history] = fc.sample(validCaseHistory({ minReviewCycles: 1, caseId: '0b6e1f2a-7c3d-4e5f-8a9b-1c2d3e4f5a00' }), { numRuns: 1, seed: 3 });
    expect(history).toBeDefined();
    const events = history ?? [];
    expect(caseHistoryBreaches(events)).toEqual([]);
    const referral = events[0];
    expect(caseHistoryBreaches([...events, ...(referral ? [referral] : [])])).toContainEqual(expect.stringMatching(/^event \d+ \(Referred\): the case is referred a second time$/));
    expect(caseHistoryBreaches(events.slice(1))).toContainEqual(expect.stringMatching(/^event 1 \(\w+\): the history does not start with a referral$/));
    const referred = events[0];
    if (referred?.type !== 'Referred' || referred.consent === 'not-recorded-at-referral') throw new Error('A valid history starts with a referral that carries its consent.');
    const consentAfter = { ...referred, consent: { ...referred.consent, givenOn: '2099-01-01' } };
    expect(caseHistoryBreaches([consentAfter, ...events.slice(1)])).toContainEqual('event 1 (Referred): the referral’s consent is dated after the referral');
  });
});

describe('plain English', () => {
  it.each([
    ['', 'the message is empty'],
    ['not-found', 'the message is a single word, not a sentence'],
    ['The case was closed', 'the message does not end a sentence'],
    ['the case was closed.', 'the message does not start like a sentence'],
    ['The district undefined is unknown.', 'the message shows "undefined"'],
    ['The value [object Object] is wrong.', 'the message shows "[object Object]"'],
  ])('finds fault with %j: %s', (message, problem) => {
    expect(plainEnglishProblems(message)).toContain(problem);
  });

  it('accepts a sentence', () => {
    expect(plainEnglishProblems('The case was closed on 3 October 2025. Nothing more can happen to a closed case.')).toEqual([]);
    expect(plainEnglishProblems('“No specialist assessment” (NSA) is given with provision E.')).toEqual([]);
  });
});
