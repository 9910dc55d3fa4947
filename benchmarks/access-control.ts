import { defaultAccessPolicy } from '@send-hub/access';
import { createGuardedCommandHandlers, createHubCommandHandlers, localOperator, openChildNames, openInMemoryHub, type Hub, type HubRequest } from '@send-hub/application';
import { replayCase } from '@send-hub/audit';
import { staffordshireConfiguration } from '@send-hub/core';
import { InMemoryEventStore } from '@send-hub/event-store';
import type { BenchmarkContext } from './support/benchmark-context';
import { check, groupResult, type GroupResult } from './support/benchmark-result';
import { benchmarkOfficer } from './support/case-command-handler';
import { caseJourneys, commandsInRecordingOrder } from './support/hub-history';
import { perSecond, timeRounds, type Timer } from './support/timing';

/** A hub coordinator who acts for every district: every command of the journeys is theirs to record and every case theirs to read. */
const coordinator: HubRequest = { actor: { ...localOperator(staffordshireConfiguration, benchmarkOfficer.id), role: 'hub-coordinator', agency: 'education' }, purpose: 'to measure the access policy' };

const listSize = 20;

/**
 * What the access policy and the access log cost: commands through the hub's guarded
 * handlers against the same handlers without the policy, and reads of a child's record
 * (a timeline; the names of an agenda's worth of cases) through the hub, checked and
 * logged, against the same reads made on the hub's store layers directly. Same run,
 * same data, sides taking turns.
 */
export const accessControl = async (context: BenchmarkContext): Promise<GroupResult> => {
  const { settings } = context;
  const commands = commandsInRecordingOrder(caseJourneys(settings.quick ? settings.events : Math.round(settings.events / 8)));
  const recordEvery = async (time: Timer, guarded: boolean): Promise<void> => {
    const store = new InMemoryEventStore();
    const settingsOfHandlers = { store, configuration: staffordshireConfiguration, clock: () => new Date() };
    const plain = createHubCommandHandlers(settingsOfHandlers).recordCase;
    const checked = createGuardedCommandHandlers({ ...settingsOfHandlers, policy: defaultAccessPolicy }).recordCase;
    await time(async () => {
      for (const command of commands) {
        const result = guarded ? await checked(command, coordinator) : await plain(command, { actor: benchmarkOfficer });
        if (result._tag === 'Left') throw new Error(`The hub refused a valid command: ${result.left.message}`);
      }
    });
    await store.dispose();
  };
  const handling = await timeRounds(context, 'access: commands', {
    'without the policy': (time) => recordEvery(time, false),
    'with the policy': (time) => recordEvery(time, true),
  });

  const hub: Hub = openInMemoryHub();
  for (const command of commands) {
    const result = await hub.recordCase(command, coordinator);
    if (result._tag === 'Left') throw new Error(`The hub refused a valid command: ${result.left.message}`);
  }
  const caseIds = [...new Set(commands.map((command) => command.caseId))];
  const lists = Array.from({ length: Math.ceil(caseIds.length / listSize) }, (_unused, index) => caseIds.slice(index * listSize, (index + 1) * listSize));
  const reading = await timeRounds(context, 'access: reads', {
    'timelines without the policy': (time) =>
      time(async () => {
        for (const caseId of caseIds) if ((await replayCase(hub.stores.readable, caseId, { configuration: hub.configuration }))._tag === 'Left') throw new Error('A recorded case did not replay.');
      }),
    'timelines with the policy and the log': (time) =>
      time(async () => {
        for (const caseId of caseIds) if ((await hub.replay(caseId, coordinator))._tag === 'Left') throw new Error('A recorded case was refused.');
      }),
    'names without the policy': (time) =>
      time(async () => {
        for (const list of lists) await openChildNames(hub.stores.childNames, list);
      }),
    'names with the policy and the log': (time) =>
      time(async () => {
        for (const list of lists) if ((await hub.childNames(list, coordinator))._tag === 'Left') throw new Error('A list was refused.');
      }),
  });
  const logged = (await hub.accessLog.storedEntries()).length;
  await hub.dispose();

  return groupResult({
    issue: 14,
    title: 'The access policy and the access log, on commands and on reads, as ratios to the same work without them',
    settings: { commands: commands.length, cases: caseIds.length, casesPerList: listSize, store: 'in memory', accessLogEntriesWritten: logged, rounds: settings.rounds },
    checks: [
      check({
        name: 'commands',
        measures: 'case commands through the hub’s guarded handlers (actor checked, the policy asked before the decider, on the case’s district), in memory',
        unit: 'commands/s',
        figure: perSecond(commands.length, handling['with the policy']),
        baseline: { measures: 'the same commands through createHubCommandHandlers, which asks no policy', figure: perSecond(commands.length, handling['without the policy']) },
      }),
      check({
        name: 'timelines',
        measures: 'hub.replay: the policy checked on the case’s district (folded from the events without decrypting), one access log entry appended, then the timeline read',
        unit: 'timelines/s',
        figure: perSecond(caseIds.length, reading['timelines with the policy and the log']),
        baseline: { measures: 'replayCase over the hub’s decrypting store, with no check and no log', figure: perSecond(caseIds.length, reading['timelines without the policy']) },
      }),
      check({
        name: `names of ${listSize} cases`,
        measures: `hub.childNames for lists of ${listSize} cases: each case's district checked, one log entry per case, then the names opened`,
        unit: 'lists/s',
        figure: perSecond(lists.length, reading['names with the policy and the log']),
        baseline: { measures: 'openChildNames over the hub’s names-only store, with no check and no log', figure: perSecond(lists.length, reading['names without the policy']) },
      }),
    ],
    notes: [
      'No target is set for these ratios: they are reported. A ratio of 0.8 means the policy and the log cost a fifth of the rate.',
      'A command pays for the actor check and one policy lookup; the district comes from the state the handler loads anyway. A read pays for one more read of the case’s events (without keys) to learn its district, and for the log entry, chained by a SHA-256 hash; the in-memory log shows the code, a file-backed log adds a synced write per read.',
    ],
  });
};
