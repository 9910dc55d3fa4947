import { forgetChild, reapplyErasures, replayCase, verifyStore, type ErasureContext, type VerificationReport } from '@send-hub/audit';
import { caseStreamId, erasureStreamId } from '@send-hub/core';
import { InMemoryEventStore, InMemoryKeyStore, type KeyStore } from '@send-hub/event-store';
import { either as E } from 'fp-ts';
import { alexCase, alexConsent, alexReferral, samCase, writeAlexAndSam } from './support/alex-scenario';
import { hubStores } from './support/hub-stores';
import { hubWriter, sequentialIds, TestClock } from './support/hub-writer';

const dataProtectionOfficer = { id: 'dpo-1', role: 'data protection officer', agency: 'other' };
const request = { erasedBy: 'Data protection officer', reason: 'The family asked for the record to be erased.', occurredOn: '2026-02-02' };
const clearData = ['Alex Morgan', '2015-03-02', 'Finds the move', 'Sam Patel', '2008-07-14', 'Anxious about college'];

/** A copy of a key store as a backup holds it: every key, active or a tombstone, taken as it stands. */
const backupOf = async (keys: KeyStore, leaveOut: ReadonlyArray<string> = [], swap?: readonly [string, string]): Promise<InMemoryKeyStore> => {
  const copy = new InMemoryKeyStore();
  const swapped = (keyId: string): string => (swap === undefined ? keyId : keyId === swap[0] ? swap[1] : keyId === swap[1] ? swap[0] : keyId);
  for (const record of await keys.list()) {
    if (leaveOut.includes(record.keyId)) continue;
    const lookup = await keys.get(swapped(record.keyId));
    if (lookup.status === 'active') await copy.create(record.keyId, lookup.key, record.createdAt);
    else {
      await copy.create(record.keyId, new Uint8Array(32), record.createdAt);
      await copy.destroy(record.keyId, record.destroyedAt ?? '');
    }
  }
  return copy;
};

const setUp = async () => {
  const keyStore = new InMemoryKeyStore();
  const raw = new InMemoryEventStore();
  const stores = hubStores(raw, keyStore);
  const clock = new TestClock();
  const writer = hubWriter(stores.readable, clock);
  await writeAlexAndSam(writer);
  const context: ErasureContext = { store: stores.chained, keyStore, now: () => new Date('2026-02-02T10:00:00.000Z'), newEventId: sequentialIds('x'), actor: dataProtectionOfficer };
  return { ...stores, clock, context };
};

const firstStep = async (store: Parameters<typeof replayCase>[0], caseId: string): Promise<string | undefined> => {
  const timeline = await replayCase(store, caseId);
  return E.isRight(timeline) ? timeline.right.steps[0]?.description : undefined;
};

const keyProblems = (report: VerificationReport) => report.problems.filter((problem) => problem._tag === 'KeyProblem');

const expectNoClearData = (report: VerificationReport): void => {
  const text = JSON.stringify(report, (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value));
  for (const fragment of clearData) expect(text).not.toContain(fragment);
};

describe('the erasure record in the log is the authority over the key store', () => {
  it('keeps a child erased after the key file is restored from a backup taken before the erasure', async () => {
    const { raw, chained, keyStore, context } = await setUp();
    const backup = await backupOf(keyStore);
    expect(E.isRight(await forgetChild(context, 'child-alex', request))).toBe(true);

    // The restore: the backup's keys, Alex's among them, are the key store again.
    const restored = hubStores(raw, backup);
    expect((await backup.get('child-alex')).status).toBe('active');
    expect(await firstStep(restored.readable, alexCase)).toContain('a child whose personal details have been erased');
    expect(await firstStep(restored.readable, samCase)).toContain('referred Sam Patel');

    const report = await verifyStore(raw, { keyStore: backup });
    expect(keyProblems(report)).toEqual([
      {
        _tag: 'KeyProblem',
        code: 'key-present-for-erased-child',
        childReference: 'child-alex',
        message: expect.stringContaining('The key store holds a key for child-alex, whose erasure the log records'),
      },
    ]);
    expectNoClearData(report);

    expect(await reapplyErasures(chained, backup)).toEqual([{ childReference: 'child-alex', erasedAt: '2026-02-02T10:00:00.000Z' }]);
    expect(await backup.get('child-alex')).toEqual({ status: 'destroyed', destroyedAt: '2026-02-02T10:00:00.000Z' });
    expect(await reapplyErasures(chained, backup)).toEqual([]);
    expect(await verifyStore(raw, { keyStore: backup })).toMatchObject({ verified: true, problemCount: 0 });
  });

  it('reads a child as erased when the log records it, even with the tombstone deleted, and verify names the missing tombstone', async () => {
    const { raw, keyStore, context } = await setUp();
    expect(E.isRight(await forgetChild(context, 'child-alex', request))).toBe(true);
    const withoutTombstone = await backupOf(keyStore, ['child-alex']);
    expect(await firstStep(hubStores(raw, withoutTombstone).readable, alexCase)).toContain('a child whose personal details have been erased');
    const report = await verifyStore(raw, { keyStore: withoutTombstone });
    expect(keyProblems(report)).toEqual([expect.objectContaining({ code: 'tombstone-missing', childReference: 'child-alex' })]);
    expectNoClearData(report);
  });

  it('reports a key destroyed with no erasure record, a key missing, and two children’s keys swapped, each by child reference', async () => {
    const { raw, keyStore } = await setUp();
    expect(await verifyStore(raw, { keyStore })).toMatchObject({ verified: true });

    const destroyedQuietly = await backupOf(keyStore);
    await destroyedQuietly.destroy('child-sam', '2026-03-01T00:00:00.000Z');
    const destroyedReport = await verifyStore(raw, { keyStore: destroyedQuietly });
    expect(keyProblems(destroyedReport)).toEqual([expect.objectContaining({ code: 'key-destroyed-without-erasure-record', childReference: 'child-sam' })]);

    const missingReport = await verifyStore(raw, { keyStore: await backupOf(keyStore, ['child-sam']) });
    expect(keyProblems(missingReport)).toEqual([expect.objectContaining({ code: 'key-missing', childReference: 'child-sam' })]);

    const swappedReport = await verifyStore(raw, { keyStore: await backupOf(keyStore, [], ['child-alex', 'child-sam']) });
    expect(keyProblems(swappedReport)).toEqual([
      expect.objectContaining({ code: 'key-does-not-open-fields', childReference: 'child-alex' }),
      expect.objectContaining({ code: 'key-does-not-open-fields', childReference: 'child-sam' }),
    ]);
    for (const report of [destroyedReport, missingReport, swappedReport]) {
      expect(report.verified).toBe(false);
      expectNoClearData(report);
    }
    // Without the key store the verifier checks no key, and the log alone is sound.
    expect(await verifyStore(raw)).toMatchObject({ verified: true });
  });

  it('refuses personal details under an erased reference with a stable code, and writes nothing', async () => {
    const { raw, readable, clock, context } = await setUp();
    expect(E.isRight(await forgetChild(context, 'child-alex', request))).toBe(true);
    const positionBefore = await raw.headPosition();
    const writer = hubWriter(readable, clock, sequentialIds('r'));
    const newCase = '33333333-3333-4333-8333-333333333333';
    await expect(writer.case({ type: 'Refer', caseId: newCase, occurredOn: '2026-03-02', referral: alexReferral, consent: { ...alexConsent, givenOn: '2026-03-01' } }, '2026-03-02T09:00:00.000Z')).rejects.toThrow(
      'The hub refused Refer: The personal data of "child-alex" was erased on 2 February 2026 at 10:00 UTC, so personal details cannot be recorded under that reference again.',
    );
    expect(await raw.headPosition()).toBe(positionBefore);
    expect(await raw.readStream(caseStreamId(newCase))).toEqual([]);
    expect(await raw.readStream(erasureStreamId('child-alex'))).toHaveLength(1);
  });
});
