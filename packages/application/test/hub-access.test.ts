import { defaultAccessPolicy, InMemoryAccessLog, type AccessActor } from '@send-hub/access';
import { InMemoryCheckpointStore, InMemoryEventStore, InMemoryKeyStore } from '@send-hub/event-store';
import { either as E } from 'fp-ts';
import { createHub, openInMemoryHub, type Hub, type HubRequest } from '../src';
import { parentalConsentOn, referralOf } from './support/referral';

const caseId = '55555555-5555-4555-8555-555555555555';
const tamworthCase = '66666666-6666-4666-8666-666666666666';
const as = (actor: AccessActor, purpose?: string): HubRequest => ({ actor, ...(purpose === undefined ? {} : { purpose }) });
const lichfieldCoordinator = as({ id: 'officer-2', role: 'hub-coordinator', agency: 'education', districts: ['lichfield'] });
const tamworthCoordinator = as({ id: 'officer-9', role: 'hub-coordinator', agency: 'education', districts: ['tamworth'] });
const boardMember = as({ id: 'board-1', role: 'board-member', agency: 'other', districts: [] });
const auditor = as({ id: 'auditor-1', role: 'auditor', agency: 'other', districts: [] });
const dataProtectionOfficer = as({ id: 'dpo-1', role: 'data-protection-officer', agency: 'other', districts: [] }, 'a request from Riley’s mother, 3 March 2026');


const refer = (hub: Hub, request: HubRequest, id = caseId, district = 'lichfield', childReference = 'child-riley', name = 'Riley Shaw') =>
  hub.recordCase({ type: 'Refer', caseId: id, occurredOn: '2025-11-03', referral: referralOf(childReference, district, name), consent: parentalConsentOn('2025-10-31') }, request);

const codeOf = (result: E.Either<{ readonly code: string }, unknown>): string | undefined => (E.isLeft(result) ? result.left.code : undefined);

const withTwoCases = async (): Promise<Hub> => {
  const hub = openInMemoryHub();
  expect(codeOf(await refer(hub, lichfieldCoordinator))).toBeUndefined();
  expect(codeOf(await refer(hub, tamworthCoordinator, tamworthCase, 'tamworth', 'child-sam', 'Sam Hart'))).toBeUndefined();
  return hub;
};

const logSize = async (hub: Hub): Promise<number> => (await hub.accessLog.storedEntries()).length;

describe('commands carry their actor, and the policy decides before anything is written', () => {
  it('refuses a referral to another district’s hub, writing nothing', async () => {
    const hub = openInMemoryHub();
    const refused = await refer(hub, tamworthCoordinator);
    expect(refused).toEqual(E.left(expect.objectContaining({ _tag: 'AccessRefused', code: 'district-out-of-scope' })));
    expect(await hub.stores.raw.headPosition()).toBeUndefined();
    await hub.dispose();
  });

  it('refuses a command on a case of another district, judged by the case’s own state', async () => {
    const hub = await withTwoCases();
    const before = await hub.stores.raw.headPosition();
    const withdrawal = { type: 'WithdrawConsent', caseId, occurredOn: '2025-11-05', withdrawnBy: 'parent-or-carer' };
    expect(codeOf(await hub.recordCase(withdrawal, tamworthCoordinator))).toBe('district-out-of-scope');
    expect(await hub.stores.raw.headPosition()).toBe(before);
    expect(codeOf(await hub.recordCase(withdrawal, lichfieldCoordinator))).toBeUndefined();
    await hub.dispose();
  });

  it('refuses a role that may not record the command, an unknown role and an actor without districts', async () => {
    const hub = openInMemoryHub();
    expect(codeOf(await refer(hub, boardMember))).toBe('role-not-permitted');
    expect(codeOf(await refer(hub, as({ ...lichfieldCoordinator.actor, role: 'caretaker' })))).toBe('role-unknown');
    const { districts: _districts, ...withoutDistricts } = lichfieldCoordinator.actor;
    expect(codeOf(await refer(hub, { actor: withoutDistricts as AccessActor }))).toBe('actor-invalid');
    expect(await hub.stores.raw.headPosition()).toBeUndefined();
    await hub.dispose();
  });

  it('records who asked in each event, without the districts they act for', async () => {
    const hub = await withTwoCases();
    const [referred] = await hub.stores.raw.readStream(`case-${caseId}`);
    expect(referred?.metadata.actor).toEqual({ id: 'officer-2', role: 'hub-coordinator', agency: 'education' });
    await hub.dispose();
  });
});

describe('reads are scoped and logged', () => {
  it('lets a coordinator read their own district’s case, logging who, when, which child and why', async () => {
    const hub = await withTwoCases();
    const timeline = await hub.replay(caseId, as(lichfieldCoordinator.actor, 'to prepare the Spring 1 meeting'));
    expect(E.isRight(timeline) && timeline.right.steps.length).toBe(1);
    const log = await hub.accessLogOf('child-riley', dataProtectionOfficer);
    expect(E.isRight(log) && log.right.entries).toEqual([
      expect.objectContaining({ actor: { id: 'officer-2', role: 'hub-coordinator', agency: 'education' }, read: 'case-record', childReference: 'child-riley', caseId, purpose: 'to prepare the Spring 1 meeting' }),
    ]);
    await hub.dispose();
  });

  it('refuses another district’s case, a board member and an auditor, reading and logging nothing', async () => {
    const hub = await withTwoCases();
    for (const request of [tamworthCoordinator, boardMember, auditor]) {
      const refused = await hub.replay(caseId, request);
      expect(E.isLeft(refused) && refused.left._tag).toBe('AccessRefused');
      expect(JSON.stringify(refused)).not.toContain('Riley');
    }
    expect(await logSize(hub)).toBe(0);
    await hub.dispose();
  });

  it('opens names on a list only for the actor’s own districts, logging each one opened', async () => {
    const hub = await withTwoCases();
    const names = await hub.childNames([caseId, tamworthCase], lichfieldCoordinator);
    expect(names).toEqual(E.right(new Map([[caseId, 'Riley Shaw']])));
    expect(await logSize(hub)).toBe(1);
    expect(codeOf(await hub.childNames([caseId], boardMember))).toBe('role-not-permitted');
    await hub.dispose();
  });

  it('lets an auditor verify the history as written but not read a record, unless the council grants it', async () => {
    const granted = { ...defaultAccessPolicy, reads: { ...defaultAccessPolicy.reads, 'case-record': { roles: ['auditor'], districts: 'every-district' as const } } };
    const hub = createHub({ store: new InMemoryEventStore(), keyStore: new InMemoryKeyStore(), checkpoints: new InMemoryCheckpointStore(), accessLog: new InMemoryAccessLog(), accessPolicy: granted });
    await refer(hub, lichfieldCoordinator);
    const verified = await hub.verify(auditor);
    expect(E.isRight(verified) && verified.right.verified).toBe(true);
    expect(codeOf(await hub.replay(caseId, auditor))).toBeUndefined();
    expect(codeOf(await hub.verify(tamworthCoordinator))).toBe('role-not-permitted');
    await hub.dispose();
  });

  it('keeps the access log chained, and verify reports an entry changed afterwards', async () => {
    const log = new InMemoryAccessLog();
    const hub = createHub({ store: new InMemoryEventStore(), keyStore: new InMemoryKeyStore(), checkpoints: new InMemoryCheckpointStore(), accessLog: log });
    await refer(hub, lichfieldCoordinator);
    await hub.replay(caseId, lichfieldCoordinator);
    await hub.replay(caseId, lichfieldCoordinator);
    expect(await hub.verifyAccessLog(auditor)).toEqual(E.right(expect.objectContaining({ entries: 2, problems: [] })));
    log.storedLines[0] = (log.storedLines[0] ?? '').replace('officer-2', 'officer-3');
    const report = await hub.verifyAccessLog(auditor);
    expect(E.isRight(report) && report.right.problems.map((problem) => problem.code)).toEqual(['content-changed']);
    await hub.dispose();
  });
});

describe('subject access', () => {
  it('gives everything held about the child, and who has read it, this request included', async () => {
    const hub = await withTwoCases();
    await hub.replay(caseId, lichfieldCoordinator);
    const report = await hub.subjectAccess('child-riley', dataProtectionOfficer);
    if (E.isLeft(report)) throw new Error(report.left.message);
    expect(report.right.cases.map((timeline) => timeline.caseId)).toEqual([caseId]);
    expect(report.right.reads.map((entry) => [entry.actor.id, entry.read])).toEqual([
      ['officer-2', 'case-record'],
      ['dpo-1', 'subject-access'],
    ]);
    expect(report.right.reads[1]?.purpose).toBe('a request from Riley’s mother, 3 March 2026');
    expect(codeOf(await hub.subjectAccess('child-riley', lichfieldCoordinator))).toBe('role-not-permitted');
    await hub.dispose();
  });
});
