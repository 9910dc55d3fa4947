import autocannon from 'autocannon';
import { AnswerTally, type LoadOutcome } from './answer-tally';
import type { OfficerWorkload, PlannedCommand } from './county-commands';
import type { Timer } from '../support/timing';

/** Runs the section untimed: the warm-up's way. */
const untimed: Timer = async (work) => {
  await work();
};

interface CommandAnswer {
  readonly type?: string;
  readonly code?: string;
  readonly events?: ReadonlyArray<unknown>;
  readonly position?: string | null;
}

const parsed = (body: string): CommandAnswer => {
  try {
    return JSON.parse(body) as CommandAnswer;
  } catch {
    return {};
  }
};

/** One answer of the service, judged against the plan. */
const judge = (tally: AnswerTally, planned: PlannedCommand, status: number, body: string): void => {
  const answer = parsed(body);
  if (status === 201 || status === 202) {
    tally.wasRecorded(planned, answer.events?.length ?? 0, typeof answer.position === 'string' ? BigInt(answer.position) : undefined, status === 201);
  } else if (status === 409 && answer.type?.endsWith('/rule-refused') === true && typeof answer.code === 'string') {
    tally.wasRefused(planned, answer.code);
  } else {
    tally.other(planned, `${status} ${answer.type ?? ''}`.trim());
  }
};

/**
 * Sends every officer's commands to the service at `url`, one autocannon connection per
 * officer (each sending its commands in order, one at a time, each after the last was
 * answered, with its own bearer token), and judges every answer against the plan.
 *
 * `time` times the run from the first request to the last answer. Not to autocannon's own
 * end: autocannon stops on a tick of its one-second clock, so a run given a number of requests
 * lasts at least about a second however soon they are answered (1,024 requests to a server that
 * answers at once took 1.03 s, 4,096 took 1.02 s, 16,384 took 1.01 s), and a run of that size
 * timed to autocannon's end measured the clock, not the service.
 */
export const runLoad = async (url: string, workloads: ReadonlyArray<OfficerWorkload>, tokens: ReadonlyArray<string>, time: Timer = untimed): Promise<LoadOutcome> => {
  const commandsEach = workloads[0]?.commands.length ?? 0;
  if (commandsEach === 0 || workloads.some((workload) => workload.commands.length !== commandsEach)) throw new Error('Every officer needs the same number of commands, at least one: autocannon shares the requests out evenly.');
  const tally = new AnswerTally();
  const expected = workloads.length * commandsEach;
  let answers = 0;
  let lastAnswered: () => void = () => undefined;
  const allAnswered = new Promise<void>((resolve) => {
    lastAnswered = resolve;
  });
  let nextOfficer = 0;
  const setupClient = (client: autocannon.Client): void => {
    const officer = nextOfficer;
    nextOfficer += 1;
    const workload = workloads[officer];
    if (workload === undefined) throw new Error(`autocannon opened connection ${officer + 1}, but there are only ${workloads.length} officers.`);
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${tokens[officer] ?? ''}` };
    client.setRequests(
      workload.commands.map((planned) => ({
        method: 'POST' as const,
        path: `/cases/${planned.command.caseId}/commands`,
        headers,
        body: JSON.stringify(planned.command),
        onResponse: (status: number, body: string) => {
          judge(tally, planned, status, body);
          answers += 1;
          if (answers === expected) lastAnswered();
        },
      })),
    );
  };
  let run: Promise<autocannon.Result> | undefined;
  let seconds = 0;
  await time(async () => {
    const start = process.hrtime.bigint();
    run = autocannon({ url, connections: workloads.length, amount: expected, timeout: 60, setupClient });
    // A run that fails or leaves requests unanswered ends with autocannon's own end instead.
    await Promise.race([allAnswered, run]);
    seconds = Number(process.hrtime.bigint() - start) / 1e9;
  });
  if (run === undefined) throw new Error('The load test was not run: its timer never ran it.');
  const result = await run;
  return tally.outcome({ workloads, answered: result.requests.total, seconds, connectionErrors: result.errors, medianMs: result.latency.p50, p99Ms: result.latency.p99 });
};
