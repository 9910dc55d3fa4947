import type { Decider } from '@send-hub/core';
import { either as E } from 'fp-ts';
import * as t from 'io-ts';
import { createUpcasterRegistry, type UpcasterRegistry } from '../../src';

/**
 * A toy domain for the handler's tests: counters that go up in steps and can be
 * reset, with a ceiling. Nothing of the hub's domain: the handler must not need it.
 */

const CounterId = new t.Type<string, string, unknown>(
  'a counter id such as "counter-1"',
  (input): input is string => typeof input === 'string' && /^counter-\d+$/.test(input),
  (input, context) => (typeof input === 'string' && /^counter-\d+$/.test(input) ? t.success(input) : t.failure(input, context)),
  t.identity,
);

const Amount = t.refinement(t.number, (amount) => Number.isInteger(amount) && amount >= 1 && amount <= 10, 'a whole number from 1 to 10');

export const Increment = t.type({ type: t.literal('Increment'), counterId: CounterId, step: t.type({ amount: Amount }) }, 'an Increment command');
export const Reset = t.type({ type: t.literal('Reset'), counterId: CounterId }, 'a Reset command');
export const CounterCommand = t.union([Increment, Reset], 'a counter command');
export type CounterCommand = t.TypeOf<typeof CounterCommand>;

export const Incremented = t.type({ type: t.literal('Incremented'), counterId: t.string, amount: t.number }, 'an Incremented event');
export const CounterReset = t.type({ type: t.literal('CounterReset'), counterId: t.string }, 'a CounterReset event');
export const CounterEvent = t.union([Incremented, CounterReset], 'a counter event');
export type CounterEvent = t.TypeOf<typeof CounterEvent>;

export interface CounterState {
  readonly value: number;
}

export interface CeilingReached {
  readonly code: 'ceiling-reached';
  readonly message: string;
}

export const ceiling = 100;

export const counterDecider: Decider<CounterCommand, CounterEvent, CounterState, CeilingReached> = {
  initialState: { value: 0 },
  evolve: (state, event) => (event.type === 'Incremented' ? { value: state.value + event.amount } : { value: 0 }),
  decide: (command, state) => {
    if (command.type === 'Reset') return E.right(state.value === 0 ? [] : [{ type: 'CounterReset', counterId: command.counterId }]);
    const amount = command.step.amount;
    return state.value + amount > ceiling
      ? E.left({ code: 'ceiling-reached', message: `The counter is at ${state.value}; adding ${amount} would pass ${ceiling}.` })
      : E.right([{ type: 'Incremented', counterId: command.counterId, amount }]);
  },
};

/** Incremented was first written as `{ by }`; version 2 calls it `amount`. */
export const counterUpcasters = (): UpcasterRegistry => {
  const registry = createUpcasterRegistry({
    currentVersions: { Incremented: 2, CounterReset: 1 },
    upcasters: [
      {
        type: 'Incremented',
        fromVersion: 1,
        upcast: (data) => {
          const { by, ...rest } = data as { by: number };
          return { ...rest, amount: by };
        },
      },
    ],
  });
  if (E.isLeft(registry)) throw new Error(registry.left.message);
  return registry.right;
};

export const streamIdFor = (command: CounterCommand): string => command.counterId;
