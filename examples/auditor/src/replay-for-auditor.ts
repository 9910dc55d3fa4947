import { asLocalOperator, type Hub } from '@send-hub/application';
import { formatStory, formatTimeline, type AsOf } from '@send-hub/audit';
import { either as E } from 'fp-ts';
import type { AuditRequest } from './audit-request';

/** The views of the case the auditor asked for: as of the business date, as known at the moment, or else as it stands. */
const viewsOf = (request: AuditRequest): ReadonlyArray<AsOf> => {
  const views: AsOf[] = [];
  if (request.onDate !== undefined) views.push({ occurredOn: request.onDate });
  if (request.knownAt !== undefined) views.push({ recordedAt: request.knownAt });
  return views.length === 0 ? [{}] : views;
};

const forTheAudit = (hub: Hub) => asLocalOperator(hub.configuration, 'to audit an export the council handed over');

/** The auditor holds no keys: a personal detail not shown may be erased or may stay with the council, and the words claim neither. */
const withoutKeys = { absentPersonalDetails: 'not-held' } as const;

/** Tells the child's story once per view; false when the child has no case or an event could not be shown. */
export const storyForAuditor = async (hub: Hub, childReference: string, request: AuditRequest, write: (text: string) => void): Promise<boolean> => {
  let sound = true;
  for (const asOf of viewsOf(request)) {
    const story = await hub.story(childReference, forTheAudit(hub), { asOf, ...withoutKeys });
    if (E.isLeft(story)) {
      write(`\nThe child's story cannot be told: ${story.left.message}\n`);
      return false;
    }
    write(`\n${formatStory(story.right)}`);
    if (story.right.cases.some((told) => told.gaps.length > 0)) sound = false;
  }
  return sound;
};

/** Replays the case once per view and writes each timeline; false when the case is missing or an event could not be shown. */
export const replayForAuditor = async (hub: Hub, caseId: string, request: AuditRequest, write: (text: string) => void): Promise<boolean> => {
  let sound = true;
  for (const asOf of viewsOf(request)) {
    const timeline = await hub.replay(caseId, forTheAudit(hub), { asOf, ...withoutKeys });
    if (E.isLeft(timeline)) {
      write(`\nThe case cannot be replayed: ${timeline.left.message}\n`);
      return false;
    }
    write(`\n${formatTimeline(timeline.right)}`);
    if (timeline.right.gaps.length > 0) sound = false;
  }
  return sound;
};
