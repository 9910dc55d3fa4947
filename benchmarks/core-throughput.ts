import { CaseCommand, caseDecider, fold, type CaseState } from '@send-hub/core';
import { InMemoryEventStore } from '@send-hub/event-store';
import type { BenchmarkContext } from './support/benchmark-context';
import { check, groupResult, type GroupResult } from './support/benchmark-result';
import { caseCommandHandler, recordEvery } from './support/case-command-handler';
import { caseJourneys, commandsInRecordingOrder } from './support/hub-history';
import { perSecond, timeRounds, type Timer } from './support/timing';

/**
 * Issue 2: the pure core and the in-memory command path. Folding is what every
 * command and every replay pays per event; command handling is decode, load (read
 * the case's events, decode and fold them), decide, encode and append. The goal of
 * 100,000 commands a second is held to the handler as the library ships it, with
 * the state cache the hub's handlers have unless turned off. The same handler with
 * no cache is measured beside it, without a goal: it reads and decodes the case's
 * whole history again for every command, which with the cache happens once a case
 * (and after a conflict).
 */
export const coreThroughput = async (context: BenchmarkContext): Promise<GroupResult> => {
  const { settings } = context;
  const journeys = caseJourneys(settings.events);
  const histories = journeys.map((journey) => journey.events);
  const eventsPerPass = histories.reduce((total, history) => total + history.length, 0);
  const passes = settings.quick ? 1 : 10;
  // A quarter of the scale keeps a default run within minutes: a command costs far more than folding one event.
  const commands = commandsInRecordingOrder(settings.quick ? journeys : caseJourneys(Math.round(settings.events / 4)));

  const handleEvery = async (time: Timer, options: { readonly cached: boolean }) => {
    const store = new InMemoryEventStore();
    const handle = caseCommandHandler(store, options);
    let written = 0;
    await time(async () => {
      written = await recordEvery(handle, commands);
    });
    await store.dispose();
    // One event a command, and one more a referral: it is started on the child's own stream first (decision 40).
    const expected = commands.length + commands.filter((command) => (command as { readonly type?: unknown }).type === 'Refer').length;
    if (written !== expected) throw new Error(`The handler wrote ${written} events for ${commands.length} commands; ${expected} were expected.`);
  };

  let closedCases = 0; // uses every folded state, so the fold cannot be optimised away
  const folding = await timeRounds(context, 'core: fold', {
    fold: (time) =>
      time(() => {
        for (let pass = 0; pass < passes; pass += 1) {
          for (const history of histories) if (fold(caseDecider.evolve, caseDecider.initialState, history).status === 'closed') closedCases += 1;
        }
      }),
  });

  const handling = await timeRounds(context, 'core: commands', {
    'decode only': (time) =>
      time(() => {
        for (const command of commands) if (CaseCommand.decode(command)._tag === 'Left') throw new Error('A valid command did not decode.');
      }),
    'pure decider': (time) =>
      time(() => {
        const states = new Map<string, CaseState>();
        for (const command of commands) {
          const decision = caseDecider.decide(command, states.get(command.caseId) ?? caseDecider.initialState);
          if (decision._tag === 'Left') throw new Error(`The decider refused a valid command: ${decision.left.message}`);
          states.set(command.caseId, decision.right.reduce(caseDecider.evolve, states.get(command.caseId) ?? caseDecider.initialState));
        }
      }),
    'handler as the hub wires it': async (time) => handleEvery(time, { cached: true }),
    'handler, no state cache': async (time) => handleEvery(time, { cached: false }),
  });

  const longest = Math.max(...histories.map((history) => history.length));
  return groupResult({
    issue: 2,
    title: 'Core throughput: folding case histories, and commands through the in-memory store',
    settings: {
      cases: journeys.length,
      eventsInHistories: eventsPerPass,
      meanEventsPerCase: Number((eventsPerPass / journeys.length).toFixed(2)),
      longestCase: longest,
      foldPasses: passes,
      commands: commands.length,
      rounds: settings.rounds,
    },
    checks: [
      check({
        name: 'fold',
        measures: 'caseDecider.evolve folding each case history from the initial state, as loading a case does',
        unit: 'events/s',
        figure: (eventsPerPass * passes) / folding.fold.best,
        goal: { on: 'figure', atLeast: 5_000_000, text: 'at least 5,000,000 events a second' },
      }),
      check({
        name: 'commands',
        measures:
          "the hub's case command handler as createHubCommandHandlers wires it, over InMemoryEventStore: decode the unknown input, load the case (its state cache holds what the handler decided before, so a load reads only events other writers added), decide, encode, append",
        unit: 'commands/s',
        figure: perSecond(commands.length, handling['handler as the hub wires it']),
        baseline: { measures: 'the same commands decided in turn by the pure decider, with no codec and no store', figure: perSecond(commands.length, handling['pure decider']) },
        goal: { on: 'figure', atLeast: 100_000, text: 'at least 100,000 commands a second' },
      }),
      check({
        name: 'commands, every case read from its start',
        measures:
          "the same handler with its state cache turned off (cacheStates: false): every command reads and decodes its case's whole history, as the first command on a case after a restart does",
        unit: 'commands/s',
        figure: perSecond(commands.length, handling['handler, no state cache']),
        baseline: { measures: 'the same commands decided in turn by the pure decider, with no codec and no store', figure: perSecond(commands.length, handling['pure decider']) },
      }),
      check({
        name: 'command decoding',
        measures: 'CaseCommand.decode alone on the same inputs (part of the handler figure)',
        unit: 'commands/s',
        figure: perSecond(commands.length, handling['decode only']),
      }),
    ],
    notes: [
      `Histories come from a seeded generator that records every command through the real case decider: ${journeys.length} cases, ${(eventsPerPass / journeys.length).toFixed(1)} events each on average, the longest ${longest}.`,
      `Commands run in business-date order, so cases interleave as they do in a hub; each round writes into a new store. ${closedCases > 0 ? '' : 'No folded case was closed, which is unexpected.'}`.trim(),
    ],
  });
};
