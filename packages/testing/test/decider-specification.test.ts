import type { Decider } from '@send-hub/core';
import { DeciderSpecificationFailure, deciderSpecification } from '@send-hub/testing';
import { either as E } from 'fp-ts';

/** A tiny decider to test the specification with: a counter that refuses to go above a limit. */
type Command = { readonly type: 'Add'; readonly amount: number };
type Event = { readonly type: 'Added'; readonly amount: number };
type Rejection = { readonly code: 'too-much' | 'badly-worded'; readonly message: string };

const counter: Decider<Command, Event, number, Rejection> = {
  initialState: 0,
  evolve: (total, event) => total + event.amount,
  decide: (command, total) => {
    if (command.amount === 13) return E.left({ code: 'badly-worded', message: 'too-much' });
    if (command.amount === 99) throw new Error('the counter is broken');
    return total + command.amount > 10
      ? E.left({ code: 'too-much', message: `Adding ${command.amount} to ${total} goes over the limit of 10.` })
      : E.right([{ type: 'Added', amount: command.amount }]);
  },
};

const specification = deciderSpecification(counter);
const add = (amount: number): Command => ({ type: 'Add', amount });
const added = (amount: number): Event => ({ type: 'Added', amount });

const failureOf = (check: () => void): string => {
  try {
    check();
  } catch (error) {
    expect(error).toBeInstanceOf(DeciderSpecificationFailure);
    return (error as Error).message;
  }
  throw new Error('the specification was expected to fail, but it held');
};

describe('a decider specification', () => {
  it('holds when the decider produces the expected events', () => {
    specification.given([added(4)]).when(add(5)).then([added(5)]);
  });

  it('holds when the decider refuses with the expected code and a plain-English message', () => {
    specification.given([added(8)]).when(add(5)).thenRejects('too-much');
    specification.given([added(8)]).when(add(5)).thenRejectsWith((rejection) => rejection.message.includes('over the limit'), 'a message about the limit');
  });

  it('names the differing fields when the events differ, with the history and the command', () => {
    const message = failureOf(() => specification.given([added(4)]).when(add(5)).then([added(6)]));
    expect(message).toContain('[0].amount: expected 6, received 5');
    expect(message).toContain('Given 1 events:\n  1. {"type":"Added","amount":4}');
    expect(message).toContain('When: {"type":"Add","amount":5}');
  });

  it('says so when events were expected but the command was refused, showing the refusal', () => {
    const message = failureOf(() => specification.given([added(8)]).when(add(5)).then([added(5)]));
    expect(message).toContain('Expected: the command is accepted, producing 1 events');
    expect(message).toContain('it was refused: {"code":"too-much"');
  });

  it('says so when a refusal was expected but the command was accepted, listing the events', () => {
    const message = failureOf(() => specification.given([]).when(add(5)).thenRejects('too-much'));
    expect(message).toContain('Expected: a refusal with the code "too-much"');
    expect(message).toContain('the command was accepted, producing these events:\n  1. {"type":"Added","amount":5}');
  });

  it('gives the actual code and message when the code differs', () => {
    const message = failureOf(() => specification.given([added(8)]).when(add(5)).thenRejects('badly-worded'));
    expect(message).toContain('it was refused with the code "too-much": Adding 5 to 8 goes over the limit of 10.');
  });

  it('fails a refusal whose message is not plain English, even with the right code', () => {
    const message = failureOf(() => specification.given([]).when(add(13)).thenRejects('badly-worded'));
    expect(message).toContain('a refusal explained in plain English');
    expect(message).toContain('the message is a single word, not a sentence');
  });

  it('fails when the predicate does not hold, naming what it looked for', () => {
    const message = failureOf(() => specification.given([added(8)]).when(add(5)).thenRejectsWith(() => false, 'a refusal about colour'));
    expect(message).toContain('Expected: a refusal satisfying a refusal about colour');
  });

  it('reports a decider that throws instead of refusing as a bug', () => {
    const message = failureOf(() => specification.given([]).when(add(99)).then([]));
    expect(message).toContain('decide threw instead of returning a decision');
    expect(message).toContain('the counter is broken');
  });
});
