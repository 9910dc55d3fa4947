import { caseDecider, fold, type CaseCommand, type CaseEvent } from '@send-hub/core';
import { InMemoryEventStore, type CommandHandler } from '@send-hub/event-store';
import { caseCommandSequence, validCaseJourney } from '@send-hub/testing';
import { either as E } from 'fp-ts';
import * as fc from 'fast-check';
import { cachesFor, caseHandler, cachings, officer, storedCaseEvents } from './support/case-handler';

/*
 * Model-based test of the command handler driving the case decider: the model is
 * the simplest thing the handler should be equivalent to, a list of events per case
 * with the pure decider applied to it. Whatever order commands for several cases
 * arrive in, the handler must accept and refuse exactly as the model does, write
 * exactly the model's events at the model's revisions, and keep each stream equal
 * to the model's list.
 */

const caseIds = ['5a0c2a9e-4b1d-4c6e-9a1f-2b7d5e8c0a01', '5a0c2a9e-4b1d-4c6e-9a1f-2b7d5e8c0a02', '5a0c2a9e-4b1d-4c6e-9a1f-2b7d5e8c0a03'] as const;

interface Model {
  /** Each case's commands, generated up front; the steps send them in order. */
  readonly commands: ReadonlyArray<ReadonlyArray<CaseCommand>>;
  readonly sent: number[];
  readonly histories: Map<string, CaseEvent[]>;
}

interface Real {
  readonly store: InMemoryEventStore;
  readonly handle: CommandHandler<CaseEvent, unknown>;
}

/** Sends the next command of one case and compares what the handler did with what the model says. */
class SendNextCommand implements fc.AsyncCommand<Model, Real> {
  constructor(readonly caseIndex: number) {}
  check = (model: Readonly<Model>): boolean => model.sent[this.caseIndex]! < model.commands[this.caseIndex]!.length;
  async run(model: Model, real: Real): Promise<void> {
    const command = model.commands[this.caseIndex]![model.sent[this.caseIndex]!]!;
    model.sent[this.caseIndex]! += 1;
    const history = model.histories.get(command.caseId) ?? [];
    const expected = caseDecider.decide(command, fold(caseDecider.evolve, caseDecider.initialState, history));
    const result = await real.handle(command, { actor: officer });
    if (E.isLeft(expected)) {
      expect(result).toEqual(E.left(expect.objectContaining({ _tag: 'Rejected', rejection: expected.left })));
      return;
    }
    if (E.isLeft(result)) throw new Error(`The handler refused ${command.type}, which the decider accepts: ${result.left.message}`);
    expect(result.right.events).toEqual(expected.right);
    expect(result.right.written.map((written) => written.revision)).toEqual(expected.right.map((_event, index) => BigInt(history.length + index)));
    expect(result.right.attempts).toBe(1);
    model.histories.set(command.caseId, [...history, ...expected.right]);
  }
  toString = (): string => `send the next command of case ${this.caseIndex + 1}`;
}

/** Input that is not a command at all: refused as invalid, nothing written. */
class SendUndecodable implements fc.AsyncCommand<Model, Real> {
  constructor(readonly input: unknown) {}
  check = (): boolean => true;
  async run(_model: Model, real: Real): Promise<void> {
    const before = await real.store.headPosition();
    const result = await real.handle(this.input, { actor: officer });
    expect(E.isLeft(result) && result.left._tag).toBe('CommandInvalid');
    expect(await real.store.headPosition()).toBe(before);
  }
  toString = (): string => `send ${JSON.stringify(this.input)}`;
}

/** Reads every case back from the store: each stream is the model's list, at revisions 0, 1, 2... */
class CheckStoredHistories implements fc.AsyncCommand<Model, Real> {
  check = (): boolean => true;
  async run(model: Model, real: Real): Promise<void> {
    let total = 0;
    for (const caseId of caseIds) {
      const expected = model.histories.get(caseId) ?? [];
      const stored = await storedCaseEvents(real.store, caseId);
      expect(stored.events).toEqual(expected);
      expect(stored.revisions).toEqual(expected.map((_event, index) => BigInt(index)));
      total += expected.length;
    }
    expect(await real.store.headPosition()).toBe(total === 0 ? undefined : BigInt(total));
  }
  toString = (): string => 'check the stored histories';
}

const undecodable = fc.constantFrom<unknown>(
  { type: 'Refer', caseId: 'not-a-case-id', occurredOn: '2025-09-15' },
  { type: 'Discuss', caseId: caseIds[0], occurredOn: '2025-02-30', meeting: { district: 'stafford', academicYear: '2025/26', halfTerm: 1 } },
  { type: 'Escalate', caseId: caseIds[1], occurredOn: '2025-12-03' },
  'AgreeActions',
);

const steps = fc.commands(
  [
    fc.constantFrom(0, 1, 2).map((index) => new SendNextCommand(index)),
    undecodable.map((input) => new SendUndecodable(input)),
    fc.constant(new CheckStoredHistories()),
  ],
  { size: '+1' },
);

describe.each(cachings)('the case command handler against a model of the journey, with %s', (caching) => {
  it('accepts, refuses and stores exactly as the model, whatever order the cases’ commands arrive in', async () => {
    const commandsPerCase = fc.tuple(caseCommandSequence({ caseId: caseIds[0] }), caseCommandSequence({ caseId: caseIds[1] }), validCaseJourney({ caseId: caseIds[2] }));
    await fc.assert(
      fc.asyncProperty(commandsPerCase, steps, async (commands, run) => {
        const setup = () => {
          const store = new InMemoryEventStore();
          const handle = caseHandler(store, 1, 3, cachesFor(caching)());
          return { model: { commands, sent: [0, 0, 0], histories: new Map<string, CaseEvent[]>() }, real: { store, handle } };
        };
        await fc.asyncModelRun(setup, [...run, new CheckStoredHistories()]);
      }),
      { numRuns: 100 },
    );
  });
});
