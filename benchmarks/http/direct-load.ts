import type { Hub } from '@send-hub/application';
import { readModelsReach } from '../../examples/http-service/src/read-your-writes';
import { AnswerTally, percentileOf, type LoadOutcome } from './answer-tally';
import type { OfficerWorkload, PlannedCommand } from './county-commands';

/** Read models not caught up by then count as the service's 202 does: the example's own wait. */
const readModelWaitMilliseconds = 5_000;

const recordOne = async (hub: Hub, officer: OfficerWorkload, planned: PlannedCommand, tally: AnswerTally): Promise<void> => {
  const result = await hub.recordCase(planned.command, { actor: officer.actor });
  if (result._tag === 'Right') {
    const { written, position } = result.right;
    tally.wasRecorded(planned, written.length, position, position === undefined ? true : await readModelsReach(hub, position, readModelWaitMilliseconds));
  } else if (result.left._tag === 'Rejected') {
    tally.wasRefused(planned, result.left.rejection.code);
  } else {
    tally.other(planned, result.left._tag);
  }
};

/**
 * The baseline of the HTTP runs: the same officers' commands straight into `hub`, in this
 * process, each officer sending one command at a time and waiting, as the service does, for
 * the read models to include it; every officer at once.
 */
export const runDirect = async (hub: Hub, workloads: ReadonlyArray<OfficerWorkload>): Promise<LoadOutcome> => {
  const tally = new AnswerTally();
  const latencies: number[] = [];
  const start = process.hrtime.bigint();
  await Promise.all(
    workloads.map(async (officer) => {
      for (const planned of officer.commands) {
        const sent = process.hrtime.bigint();
        await recordOne(hub, officer, planned, tally);
        latencies.push(Number(process.hrtime.bigint() - sent) / 1e6);
      }
    }),
  );
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return tally.outcome({ workloads, answered: latencies.length, seconds, connectionErrors: 0, medianMs: percentileOf(latencies, 0.5), p99Ms: percentileOf(latencies, 0.99) });
};
