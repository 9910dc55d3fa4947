import autocannon from 'autocannon';
import { AnswerTally, type LoadOutcome } from './answer-tally';
import type { OfficerWorkload, PlannedCommand } from './county-commands';

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
 */
export const runLoad = async (url: string, workloads: ReadonlyArray<OfficerWorkload>, tokens: ReadonlyArray<string>): Promise<LoadOutcome> => {
  const commandsEach = workloads[0]?.commands.length ?? 0;
  if (commandsEach === 0 || workloads.some((workload) => workload.commands.length !== commandsEach)) throw new Error('Every officer needs the same number of commands, at least one: autocannon shares the requests out evenly.');
  const tally = new AnswerTally();
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
        onResponse: (status: number, body: string) => judge(tally, planned, status, body),
      })),
    );
  };
  const start = process.hrtime.bigint();
  const result = await autocannon({ url, connections: workloads.length, amount: workloads.length * commandsEach, timeout: 60, setupClient });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return tally.outcome({ workloads, answered: result.requests.total, seconds, connectionErrors: result.errors, medianMs: result.latency.p50, p99Ms: result.latency.p99 });
};
