import { CaseCommand, CaseEvent, caseEventSchemaVersions, caseStreamId, createCaseDecider, staffordshireConfiguration } from '@send-hub/core';
import { caseCommand, malformedCommand } from '@send-hub/testing';
import * as fc from 'fast-check';
import { caseEventUpcasters, createCommandHandler, createUpcasterRegistry, InMemoryEventStore, type CommandHandler } from '../src';
import { actor, counterHandler, fixedClock, newStore } from './support/counter-handler';

const caseHandler = (store: InMemoryEventStore): CommandHandler<unknown, unknown> => {
  const upcasters = createUpcasterRegistry({ currentVersions: caseEventSchemaVersions, upcasters: caseEventUpcasters });
  if (upcasters._tag === 'Left') throw new Error(upcasters.left.message);
  return createCommandHandler({
    store,
    decider: createCaseDecider(staffordshireConfiguration),
    commandCodec: CaseCommand,
    eventCodec: CaseEvent,
    streamIdFor: (command) => caseStreamId(command.caseId),
    upcasters: upcasters.right,
    clock: fixedClock,
  });
};

/** Sends each input, counting what came back; an exception is counted, not let through. */
const tally = async (handle: CommandHandler<unknown, unknown>, inputs: ReadonlyArray<unknown>) => {
  const counts = { refusedAsInvalid: 0, otherwise: 0, thrown: 0 };
  for (const input of inputs) {
    try {
      const result = await handle(input, { actor });
      if (result._tag === 'Left' && result.left.code === 'command-invalid') counts.refusedAsInvalid += 1;
      else counts.otherwise += 1;
    } catch {
      counts.thrown += 1;
    }
  }
  return counts;
};

const deeplyNested = (depth: number): unknown => {
  let value: unknown = 1;
  for (let level = 0; level < depth; level += 1) value = [value];
  return value;
};

describe('the command handler given malformed input', () => {
  it('refuses 10,000 fuzzed malformed case commands as values: none thrown, none written', async () => {
    const store = new InMemoryEventStore();
    const inputs = fc.sample(malformedCommand(caseCommand()), { numRuns: 10_000, seed: 1_014 }).map(({ input }) => input);
    expect(await tally(caseHandler(store), inputs)).toEqual({ refusedAsInvalid: 10_000, otherwise: 0, thrown: 0 });
    expect(await store.headPosition()).toBeUndefined();
  });

  it('never throws whatever the codec, when the input is odd: no prototype, cycles, bigints, nesting 10,000 deep', async () => {
    const store = newStore();
    const cycle: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    cycle['self'] = cycle;
    const odd = [
      Object.create(null),
      { type: 'Reset', counterId: Object.create(null) },
      { type: 'Reset', counterId: cycle },
      { type: 'Increment', counterId: 'counter-1', step: { amount: deeplyNested(10_000) } },
      { type: deeplyNested(10_000) },
      { type: 'Reset', counterId: 10n },
      ...fc.sample(fc.anything({ withNullPrototype: true, withSparseArray: true, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true }), { numRuns: 1_000, seed: 7 }),
    ];
    const counts = await tally(counterHandler(store), odd);
    expect(counts.thrown).toBe(0);
    expect(counts.otherwise).toBe(0);
    expect(await store.headPosition()).toBeUndefined();
  });
});
