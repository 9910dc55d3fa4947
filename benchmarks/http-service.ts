import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { openInMemoryHub, openSqliteHub, type Hub } from '@send-hub/application';
import type { BenchmarkContext } from './support/benchmark-context';
import { check, groupResult, type Check, type GroupResult, type JsonValue } from './support/benchmark-result';
import { fileSystemOf } from './support/file-system';
import { withScratchFolder } from './support/scratch-folder';
import { timeRounds, type Side } from './support/timing';
import { loadProblems, type LoadOutcome } from './http/answer-tally';
import { casesPerPrematureDiscussion, countyCommands, type OfficerWorkload } from './http/county-commands';
import { runDirect } from './http/direct-load';
import { runLoad } from './http/load-test';
import { startServiceProcess } from './http/service-process';
import { signOnToken, type SignOnService } from './http/sign-on-token';

const clients = 64;
const warmUpCommandsEach = (quick: boolean): number => (quick ? 1 : 4);
type Store = 'in memory' | 'SQLite';
type SideName = `${Store} over HTTP` | `${Store}, in process`;
const stores: ReadonlyArray<Store> = ['in memory', 'SQLite'];

/** Throws when a run was answered wrongly; `after` is where the hub's store ended before it, `headPosition`, when given, where it ends after it. */
const problemsOf = (name: SideName, outcome: LoadOutcome, sent: number, after: bigint, headPosition?: bigint): void => {
  const problems = loadProblems(outcome, sent, after);
  if (headPosition !== undefined && headPosition !== outcome.highestPosition) problems.push(`the store ends at position ${String(headPosition)}, the answers at ${String(outcome.highestPosition)}`);
  if (problems.length > 0) throw new Error(`${name}: the hub answered wrongly under load: ${problems.join('; ')}.`);
};

/**
 * Issue 16, the HTTP example under load: 64 hub coordinators at once (one autocannon
 * connection each, with their own bearer token) recording a county's case journeys
 * through examples/http-service, served by a process of its own on 127.0.0.1, on an
 * in-memory hub and on a SQLite hub (the embedded default); the baseline of each is the
 * same commands straight into the same kind of hub in one process. The sides take turns,
 * each round on a new hub after an untimed warm-up. Every answer is checked: each command
 * recorded and included by the read models before its answer, each planned refusal refused
 * with its rule's code, nothing else, the positions one run with no gap; any other answer
 * stops the benchmark.
 */
export const httpService = async (context: BenchmarkContext): Promise<GroupResult> => {
  const { settings } = context;
  const commandsEach = settings.quick ? 3 : Math.max(10, Math.min(200, Math.round(settings.events / clients / 200)));
  const workloads = countyCommands(clients, commandsEach);
  const warmUpEach = warmUpCommandsEach(settings.quick);
  const warmUp = countyCommands(clients, warmUpEach, 61, 'WARM');
  const sent = clients * commandsEach;
  const signOn: SignOnService = { secret: randomBytes(32).toString('base64url'), issuer: 'https://sign-on.council.example', audience: 'send-hub' };
  const tokensOf = (officers: ReadonlyArray<OfficerWorkload>) => officers.map((workload) => signOnToken(signOn, workload.actor));
  const fastest = new Map<SideName, LoadOutcome>();
  const keepFastest = (name: SideName, outcome: LoadOutcome): void => {
    const best = fastest.get(name);
    if (best === undefined || outcome.seconds < best.seconds) fastest.set(name, outcome);
  };
  const timings = await withScratchFolder(settings.folder, async (folder) => {
    let files = 0;
    const newFile = () => join(folder, `http-${(files += 1)}.sqlite`);
    const overHttp =
      (store: Store): Side =>
      async (time) => {
        const name: SideName = `${store} over HTTP`;
        const service = await startServiceProcess(store === 'SQLite' ? 'sqlite' : 'memory', newFile(), signOn);
        let outcome: LoadOutcome | undefined;
        let after = 0n;
        try {
          const warm = await runLoad(service.url, warmUp, tokensOf(warmUp));
          problemsOf(name, warm, clients * warmUpEach, 0n);
          after = warm.highestPosition ?? 0n;
          // Timed from the first request to the last answer (see runLoad).
          outcome = await runLoad(service.url, workloads, tokensOf(workloads), time);
        } catch (error) {
          await service.stop();
          throw error;
        }
        const stopped = await service.stop();
        if (stopped.internalErrors > 0) throw new Error(`${name}: the service logged ${stopped.internalErrors} internal errors.`);
        if (outcome === undefined) return;
        problemsOf(name, outcome, sent, after, stopped.headPosition);
        keepFastest(name, outcome);
      };
    const inProcess =
      (store: Store): Side =>
      async (time) => {
        const name: SideName = `${store}, in process`;
        const hub: Hub = store === 'SQLite' ? openSqliteHub({ file: newFile() }) : openInMemoryHub();
        try {
          await hub.readModels.start();
          const warm = await runDirect(hub, warmUp);
          const afterWarmUp = await hub.stores.raw.headPosition();
          problemsOf(name, warm, clients * warmUpEach, 0n, afterWarmUp);
          let outcome: LoadOutcome | undefined;
          await time(async () => {
            outcome = await runDirect(hub, workloads);
          });
          if (outcome === undefined) return;
          problemsOf(name, outcome, sent, afterWarmUp ?? 0n, await hub.stores.raw.headPosition());
          keepFastest(name, outcome);
        } finally {
          await hub.dispose();
        }
      };
    const sides = Object.fromEntries(stores.flatMap((store) => [[`${store}, in process`, inProcess(store)] as const, [`${store} over HTTP`, overHttp(store)] as const])) as Record<SideName, Side>;
    return timeRounds(context, 'http', sides);
  });
  const outcomeOf = (name: SideName): LoadOutcome => {
    const outcome = fastest.get(name);
    if (outcome === undefined) throw new Error(`The side "${name}" ran no round.`);
    return outcome;
  };
  const rate = (name: SideName): number => sent / timings[name].best;
  const storeChecks = (store: Store): Check[] => {
    const http: SideName = `${store} over HTTP`;
    const direct: SideName = `${store}, in process`;
    const hubKind = store === 'SQLite' ? 'a hub on SQLite (synchronous = FULL, group commit)' : 'a hub in memory';
    const latency = (label: string, share: 'medianMs' | 'p99Ms'): Check =>
      check({
        name: `${http}: ${label} latency`,
        measures: `time from sending a command to its whole answer, ${label} over every command of the fastest round (autocannon)`,
        unit: 'ms',
        figure: Math.max(outcomeOf(http)[share], 0.001),
        baseline: { measures: `the ${label} of the same commands straight into ${hubKind} in one process, each awaited with its read models`, figure: Math.max(outcomeOf(direct)[share], 0.001) },
      });
    return [
      check({
        name: `${http}: commands/s`,
        measures: `commands/s answered by the HTTP service on ${hubKind}, ${clients} clients at once on 127.0.0.1, each answered once the read models include it`,
        unit: 'commands/s',
        figure: rate(http),
        baseline: { measures: `the same commands straight into ${hubKind} in one process (hub.recordCase, then the read models' waitFor), ${clients} officers at once`, figure: rate(direct) },
      }),
      latency('median', 'medianMs'),
      latency('99th percentile', 'p99Ms'),
    ];
  };
  const answers = (name: SideName): JsonValue => {
    const outcome = outcomeOf(name);
    return {
      recorded: outcome.recorded,
      recordedBeforeReadModelsCaughtUp: outcome.recordedBeforeReadModels,
      refusalsMeant: outcome.refusalsMeant,
      otherAnswers: outcome.unexpected.length,
      connectionErrors: outcome.connectionErrors,
      eventsWritten: outcome.eventsWritten,
    };
  };
  const sideNames = Object.keys(timings) as SideName[];
  return groupResult({
    issue: 16,
    title: 'The HTTP example under load: 64 officers recording a county’s commands at once',
    settings: {
      folder: settings.folder,
      fileSystem: fileSystemOf(settings.folder),
      clients,
      commandsPerClient: commandsEach,
      commands: sent,
      warmUpCommands: clients * warmUpEach,
      rounds: settings.rounds,
      answersInTheFastestRound: Object.fromEntries(sideNames.map((name) => [name, answers(name)])),
    },
    checks: stores.flatMap(storeChecks),
    notes: [
      'Each client is a hub coordinator of one district (the eight districts in turn) with a bearer token signed by a stand-in sign-on service (HS256) and checked by the service (jose); it sends its commands one at a time, each after the last was answered, over one keep-alive connection.',
      `The commands are case journeys from @send-hub/testing's validCaseJourney (seeded): referral with personal details and consent, discussion, actions, reviews, escalation, withdrawal and closure, each stopping before the Locality Management Group's discussion (its chair's command). In one case in ${casesPerPrematureDiscussion} consent is withdrawn on the day of the referral and the discussion is first sent while it is withdrawn: the hub must refuse it (409 rule-refused, consent-required), and each such refusal is checked; consent is then given again, and every other command must be recorded.`,
      'The service runs in a process of its own and the load generator (autocannon) in the benchmark’s, so on this two-core machine they share the cores; the in-process baseline has the hub and its officers in one process, with no HTTP, no tokens and no JSON.',
      `Each round starts a new hub and first sends ${clients * warmUpEach} other commands, untimed, so that the timed commands do not pay for compiling the code.`,
      'Over HTTP a round is timed from the first request to the last answer, not to autocannon’s end: autocannon stops on a tick of its one-second clock, so any run of a given number of requests lasted about a second. Each round opens its 64 connections as it starts, and the service, busy with the first ones, accepts the last ones up to about two thirds of a second later: their first commands are most of the 99th percentile.',
    ],
  });
};
