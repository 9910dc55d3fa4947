import { readAccessLog, recordedActor, type AccessLog, type AccessPolicy, type AccessRefused } from '@send-hub/access';
import { replayCase, type CaseTimeline } from '@send-hub/audit';
import type { HubConfiguration } from '@send-hub/core';
import type { EventStore } from '@send-hub/event-store';
import type { Upcast } from '@send-hub/hub';
import type { SubjectAccessReport } from '@send-hub/subject-access';
import { either as E } from 'fp-ts';
import type { AccessGate } from './access-gate';
import { casesOfChild } from './case-facts';
import type { HubRequest } from './hub-request';

export interface SubjectAccessSettings {
  readonly gate: AccessGate;
  readonly policy: AccessPolicy;
  readonly log: AccessLog;
  readonly configuration: HubConfiguration;
  readonly upcast: Upcast;
  readonly clock: () => Date;
  /** Withholds personal fields: where the child's cases are found. */
  readonly withheld: EventStore;
  /** Decrypts them: where the cases are read for the family. */
  readonly readable: EventStore;
}

/**
 * Answers a subject access request: finds every case of the child, checks the read
 * against the policy for each, logs it, then reads every case in full and the log of
 * who read the record (this read included).
 */
export const answerSubjectAccess = async (settings: SubjectAccessSettings, childReference: string, request: HubRequest): Promise<E.Either<AccessRefused, SubjectAccessReport>> => {
  const { gate, configuration, upcast } = settings;
  const allowed = gate.allow(request, 'subject-access', undefined);
  if (E.isLeft(allowed)) return allowed;
  const caseIds = await casesOfChild(settings.withheld, upcast, childReference);
  const purpose = 'to answer a subject access request';
  const opened = caseIds.length === 0 ? E.right({ actor: allowed.right, cases: [] }) : await gate.openCases(request, 'subject-access', caseIds, purpose, 'refuse');
  if (E.isLeft(opened)) return opened;
  if (caseIds.length === 0) await gate.log(allowed.right, 'subject-access', request.purpose ?? purpose, childReference, []);
  const cases: CaseTimeline[] = [];
  for (const { caseId } of opened.right.cases) {
    const timeline = await replayCase(settings.readable, caseId, { configuration, upcast });
    if (E.isRight(timeline)) cases.push(timeline.right);
  }
  const { entries, unreadable } = await readAccessLog(settings.log, childReference);
  return E.right({
    councilName: configuration.councilName,
    childReference,
    preparedAt: settings.clock().toISOString(),
    preparedBy: recordedActor(allowed.right),
    cases,
    reads: entries,
    unreadableReads: unreadable,
    roleLabels: Object.fromEntries(Object.entries(settings.policy.roles).map(([role, definition]) => [role, definition.label])),
    districtNames: Object.fromEntries(configuration.districts.map((district) => [district.id, district.name])),
  });
};
