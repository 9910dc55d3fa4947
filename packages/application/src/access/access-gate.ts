import { checkActor, mayRead, type AccessActor, type AccessLog, type AccessPolicy, type AccessRecord, type AccessRefused, type ReadKind } from '@send-hub/access';
import { either as E } from 'fp-ts';
import type { CaseFacts } from './case-facts';
import type { HubRequest } from './hub-request';

export interface AccessGateSettings {
  readonly policy: AccessPolicy;
  readonly log: AccessLog;
  readonly clock: () => Date;
  /** Finds what the policy needs to know of a case without reading anything personal. */
  readonly factsOf: (caseId: string) => Promise<CaseFacts | undefined>;
}

/** The cases a read may open, the actor it was allowed to, and what became of the others. */
export interface OpenedCases {
  readonly actor: AccessActor;
  readonly cases: ReadonlyArray<CaseFacts>;
}

/** Where a read of several cases leaves a case of another district: it refuses the whole read, or leaves that case out. */
export type OutOfScope = 'refuse' | 'leave-out';

/**
 * The policy and the access log in front of every read: a read is checked first, then
 * logged (who, when, which child, why), and only then done, so a read that could not be
 * logged never happens.
 */
export interface AccessGate {
  /** Checks the request's actor and that its role may make this read of `district` (undefined: of no one district). */
  allow(request: HubRequest, read: ReadKind, district: string | undefined): E.Either<AccessRefused, AccessActor>;
  /** Checks a read of the cases' personal data, logs it for each case allowed, and says which those are; unknown cases are left out. */
  openCases(request: HubRequest, read: ReadKind, caseIds: Iterable<string>, purpose: string, outOfScope: OutOfScope): Promise<E.Either<AccessRefused, OpenedCases>>;
  /** Logs reads about children whose cases are given (or, with none, the child alone). */
  log(actor: AccessActor, read: ReadKind, purpose: string, childReference: string, cases: ReadonlyArray<CaseFacts>): Promise<void>;
}

export const createAccessGate = (settings: AccessGateSettings): AccessGate => {
  const { policy, log, clock, factsOf } = settings;
  const allow: AccessGate['allow'] = (request, read, district) => {
    const actor = checkActor(policy, request.actor);
    if (E.isLeft(actor)) return actor;
    const allowed = mayRead(policy, actor.right, read, district);
    return E.isLeft(allowed) ? allowed : actor;
  };
  const recordsFor = (actor: AccessActor, read: ReadKind, purpose: string, facts: ReadonlyArray<Pick<CaseFacts, 'childReference'> & Partial<CaseFacts>>): ReadonlyArray<AccessRecord> => {
    const at = clock().toISOString();
    return facts.map((fact) => ({ at, actor: { id: actor.id, role: actor.role, agency: actor.agency }, read, childReference: fact.childReference, purpose, ...(fact.caseId === undefined ? {} : { caseId: fact.caseId }) }));
  };
  return {
    allow,
    openCases: async (request, read, caseIds, purpose, outOfScope) => {
      const actor = allow(request, read, undefined);
      if (E.isLeft(actor)) return actor;
      const opened: CaseFacts[] = [];
      for (const caseId of new Set(caseIds)) {
        const facts = await factsOf(caseId);
        if (facts === undefined) continue;
        const allowed = mayRead(policy, actor.right, read, facts.district);
        if (E.isRight(allowed)) opened.push(facts);
        else if (outOfScope === 'refuse') return allowed;
      }
      await log.append(recordsFor(actor.right, read, request.purpose ?? purpose, opened));
      return E.right({ actor: actor.right, cases: opened });
    },
    log: async (actor, read, purpose, childReference, cases) => {
      await log.append(recordsFor(actor, read, purpose, cases.length === 0 ? [{ childReference }] : cases));
    },
  };
};
