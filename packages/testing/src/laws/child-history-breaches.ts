import { lmgOutcomeEffect, type CaseEvent, type ChildEvent } from '@send-hub/core';

/*
 * The child's rule read over a whole hub history, written apart from the child decider and
 * the hub's boundary (no shared state, no shared checks), so that each can catch the other's
 * mistakes: a child has one open case at a time.
 */

type Step = CaseEvent | ChildEvent;

export interface ChildHistoryOptions {
  /** Also require each referral to have been started on its child's stream before it was recorded (histories written by the hub since decision 40). */
  readonly referralsStarted?: boolean;
}

const closes = (event: Step): boolean =>
  event.type === 'CaseClosed' || (event.type === 'DiscussedAtLMG' && lmgOutcomeEffect(event.outcome) === 'closes-case');

/**
 * Every breach of the child's rule in a history given in the order it was recorded (the
 * store's global order), in plain English; empty for a lawful history. Events of other
 * streams may be left out: only referrals, closures and the child's stream are read.
 */
export const childHistoryBreaches = (history: ReadonlyArray<Step>, options: ChildHistoryOptions = {}): string[] => {
  const childOfCase = new Map<string, string>();
  const openCases = new Map<string, Set<string>>();
  const started = new Set<string>();
  const overtaken = new Set<string>();
  const breaches: string[] = [];
  history.forEach((event, index) => {
    const at = `event ${index + 1} (${event.type})`;
    if (event.type === 'ReferralStarted') started.add(event.caseId);
    else if (event.type === 'ReferralOvertaken') {
      if (childOfCase.has(event.caseId)) breaches.push(`${at}: the referral of case ${event.caseId} is overtaken after the case was referred`);
      overtaken.add(event.caseId);
    } else if (event.type === 'Referred') {
      const child = event.referral.childReference;
      const open = [...(openCases.get(child) ?? [])].filter((caseId) => caseId !== event.caseId);
      if (open.length > 0) breaches.push(`${at}: the child ${child} is referred again as case ${event.caseId} while case ${open.join(' and ')} is open`);
      if (overtaken.has(event.caseId)) breaches.push(`${at}: case ${event.caseId} is referred after another referral of the child overtook it`);
      if (options.referralsStarted === true && !started.has(event.caseId)) breaches.push(`${at}: case ${event.caseId} is referred without being started on the child’s stream`);
      if (!childOfCase.has(event.caseId)) {
        childOfCase.set(event.caseId, child);
        openCases.set(child, new Set([...(openCases.get(child) ?? []), event.caseId]));
      }
    } else if (closes(event)) {
      const child = childOfCase.get(event.caseId);
      if (child !== undefined) openCases.get(child)?.delete(event.caseId);
    }
  });
  return breaches;
};
