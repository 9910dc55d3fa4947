import { either as E } from 'fp-ts';
import { actor, counterHandler, newStore } from './support/counter-handler';

/** The failure message for an input, after checking that nothing was written. */
const refusal = async (input: unknown): Promise<string> => {
  const store = newStore();
  const result = await counterHandler(store)(input, { actor });
  if (E.isRight(result)) throw new Error('Expected the command to be refused as invalid.');
  expect(result.left._tag).toBe('CommandInvalid');
  expect(result.left.code).toBe('command-invalid');
  expect(await store.headPosition()).toBeUndefined();
  return result.left.message;
};

describe('an input that is not a valid command', () => {
  it.each<[string, unknown, string]>([
    [
      'a nested field out of range',
      { type: 'Increment', counterId: 'counter-1', step: { amount: 12 } },
      'step.amount: expected a whole number from 1 to 10, received 12',
    ],
    ['a field of the wrong kind', { type: 'Increment', counterId: 'counter-1', step: { amount: 'five' } }, 'step.amount: expected a whole number from 1 to 10, received "five"'],
    ['a missing field', { type: 'Reset' }, 'counterId: expected a counter id such as "counter-1", received nothing'],
    ['a badly formed field', { type: 'Reset', counterId: 'counter-A' }, 'counterId: expected a counter id such as "counter-1", received "counter-A"'],
    ['a missing object', { type: 'Increment', counterId: 'counter-1' }, 'step: expected { amount: a whole number from 1 to 10 }, received nothing'],
    ['an unknown command type', { type: 'Explode', counterId: 'counter-1' }, 'type: expected "Increment" or "Reset", received "Explode"'],
    ['no object at all', 42, 'the input: expected a counter command, received 42'],
  ])('names the field and the value received for %s', async (_, input, problem) => {
    expect(await refusal(input)).toBe(`The command is not valid: ${problem}.`);
  });

  it('lists every bad field of the command, and only those of the command type that was meant', async () => {
    const message = await refusal({ type: 'Increment', counterId: 7, step: { amount: 0 } });
    expect(message).toBe(
      'The command is not valid: counterId: expected a counter id such as "counter-1", received 7; ' +
        'step.amount: expected a whole number from 1 to 10, received 0.',
    );
  });

  it('shortens long values and shows values JSON cannot', async () => {
    expect(await refusal({ type: 'Reset', counterId: 'x'.repeat(200) })).toContain(`received "${'x'.repeat(76)}...`);
    expect(await refusal({ type: 'Reset', counterId: 5n })).toContain('received 5n');
  });
});
