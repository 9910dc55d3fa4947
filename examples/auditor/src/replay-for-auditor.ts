import { asLocalOperator, type Hub } from '@send-hub/application';
import { formatTimeline, type AsOf } from '@send-hub/audit';
import { either as E } from 'fp-ts';
import type { AuditRequest } from './audit-request';

/** The views of the case the auditor asked for: as of the business date, as known at the moment, or else as it stands. */
const viewsOf = (request: AuditRequest): ReadonlyArray<AsOf> => {
  const views: AsOf[] = [];
  if (request.onDate !== undefined) views.push({ occurredOn: request.onDate });
  if (request.knownAt !== undefined) views.push({ recordedAt: request.knownAt });
  return views.length === 0 ? [{}] : views;
};

/** Replays the case once per view and writes each timeline; false when the case is missing or an event could not be shown. */
export const replayForAuditor = async (hub: Hub, caseId: string, request: AuditRequest, write: (text: string) => void): Promise<boolean> => {
  let sound = true;
  write('\nPersonal details stay with the council: the export holds them only encrypted, so names and dates of birth show as erased.\n');
  for (const asOf of viewsOf(request)) {
    const timeline = await hub.replay(caseId, asLocalOperator(hub.configuration, 'to audit an export the council handed over'), { asOf });
    if (E.isLeft(timeline)) {
      write(`\nThe case cannot be replayed: ${timeline.left.message}\n`);
      return false;
    }
    write(`\n${formatTimeline(timeline.right)}`);
    if (timeline.right.gaps.length > 0) sound = false;
  }
  return sound;
};
