import { openInMemoryHub } from '@send-hub/application';
import { InMemoryEventStore } from '@send-hub/event-store';
import { newEmmettStore, recordThroughEmmett } from './peer/emmett-case-handler';
import type { BenchmarkContext } from './support/benchmark-context';
import { check, groupResult, type Baseline, type Goal, type GroupResult } from './support/benchmark-result';
import { benchmarkOfficer, caseCommandHandler, recordEvery } from './support/case-command-handler';
import { caseJourneys, commandsInRecordingOrder } from './support/hub-history';
import { perSecond, timeRounds, type Timer } from './support/timing';
import { localOperator, type HubRequest } from '@send-hub/application';
import { staffordshireConfiguration } from '@send-hub/core';

/** The benchmark's officer, acting for every district under the default access policy. */
const operatorRequest: HubRequest = { actor: localOperator(staffordshireConfiguration, benchmarkOfficer.id) };

/**
 * Issue 16: the hub as a council embeds it, against Emmett (a well-regarded event
 * sourcing library for Node) on the same seeded journeys, decided by the same case
 * decider, in the same run, the sides taking turns. Each round writes into new stores.
 */
export const peer = async (context: BenchmarkContext): Promise<GroupResult> => {
  const { settings } = context;
  const commands = commandsInRecordingOrder(caseJourneys(settings.quick ? settings.events : Math.round(settings.events / 4)));
  const expectWritten = (side: string, written: number) => {
    if (written < commands.length) throw new Error(`${side} wrote ${written} events for ${commands.length} commands.`);
  };

  const throughTheHub = async (time: Timer) => {
    const hub = openInMemoryHub();
    await hub.readModels.start();
    let written = 0;
    await time(async () => {
      let position: bigint | undefined;
      for (const command of commands) {
        const result = await hub.recordCase(command, operatorRequest);
        if (result._tag === 'Left') throw new Error(`The hub refused a valid command: ${result.left.message}`);
        written += result.right.written.length;
        position = result.right.position ?? position;
      }
      await hub.readModels.waitFor(position);
    });
    const caughtUp = hub.readModels.position;
    await hub.dispose();
    expectWritten('The hub', written);
    if (caughtUp === undefined || caughtUp < BigInt(written)) throw new Error(`The hub's read models stopped at ${String(caughtUp)} of ${written} events.`);
  };

  const throughEmmett = (decode: boolean) => async (time: Timer) => {
    const store = newEmmettStore();
    let written = 0;
    await time(async () => {
      written = await recordThroughEmmett(store, commands, { decode });
    });
    expectWritten("Emmett's handler", written);
  };

  const timings = await timeRounds(context, 'peer: commands', {
    'hub in memory': throughTheHub,
    'Emmett, in memory': throughEmmett(false),
    'Emmett, in memory, decoding': throughEmmett(true),
    'handler on the bare in-memory store': async (time) => {
      const store = new InMemoryEventStore();
      const handle = caseCommandHandler(store, { cached: true });
      let written = 0;
      await time(async () => {
        written = await recordEvery(handle, commands);
      });
      await store.dispose();
      expectWritten('The bare handler', written);
    },
  });

  const hub = perSecond(commands.length, timings['hub in memory']);
  const emmett = perSecond(commands.length, timings['Emmett, in memory']);
  const emmettDecoding = perSecond(commands.length, timings['Emmett, in memory, decoding']);
  const bare = perSecond(commands.length, timings['handler on the bare in-memory store']);
  const hubMeasures =
    'openInMemoryHub as a council embeds it, read models started: each command decoded, its case loaded through the state cache, decided, encoded, its personal fields encrypted (a key per child, an initialisation vector per field), hash-chained, appended, and the live read models caught up before the clock stops';
  const againstHub = (name: string, baseline: Baseline, goal?: Goal) =>
    check({ name, measures: hubMeasures, unit: 'commands/s', figure: hub, baseline, ...(goal === undefined ? {} : { goal }) });
  return groupResult({
    issue: 16,
    title: 'The hub in memory against Emmett and against the bare command handler',
    settings: { commands: commands.length, cases: new Set(commands.map((command) => command.caseId)).size, rounds: settings.rounds },
    checks: [
      againstHub('hub against Emmett', {
        measures: "Emmett's DeciderCommandHandler over its in-memory store with the same case decider: read the case's stream, fold it, decide, append (no decoding, no encryption, no hash chain, no read models)",
        figure: emmett,
      }, { on: 'ratio', atLeast: 2, text: "at least twice Emmett's in-memory command handling" }),
      againstHub('hub against Emmett decoding its commands', { measures: "the same Emmett handler, each command first decoded by the hub's command codec", figure: emmettDecoding }),
      againstHub('hub against the bare handler', {
        measures: "the hub's case command handler, state cache on, over a bare InMemoryEventStore: decode, load, decide, encode, append (no encryption, no hash chain, no read models)",
        figure: bare,
      }, { on: 'ratio', atLeast: 0.6, text: 'at least 0.6 of the bare handler' }),
    ],
    notes: [
      'Both sides decide with the same case decider (createCaseDecider with the Staffordshire configuration) on the same commands in business-date order; Emmett is given them as { type, data } and stores its events as { type, data }.',
      "Emmett's in-memory store counts the events of every stream on each append, so its cost per command grows with the number of cases in the store.",
    ],
  });
};
