import { erasedPersonalData, erasureStreamId } from '@send-hub/core';
import { exportStore, forgetChild, importEvents, replayCase, verifyStore, type ErasureContext } from '@send-hub/audit';
import { InMemoryEventStore, InMemoryKeyStore, type KeyStore } from '@send-hub/event-store';
import { districtProjection } from '@send-hub/projection-district';
import { either as E } from 'fp-ts';
import { alexCase, samCase, writeAlexAndSam } from './support/alex-scenario';
import { hubStores } from './support/hub-stores';
import { hubWriter, sequentialIds, TestClock } from './support/hub-writer';
import { countsByCode, decodedEvents, rebuiltReadModels } from './support/read-models';

const dataProtectionOfficer = { id: 'dpo-1', role: 'data protection officer', agency: 'other' };
const request = { erasedBy: 'Data protection officer', reason: 'The family asked for the record to be erased.', occurredOn: '2026-02-02' };

const setUp = async (keyStore: KeyStore = new InMemoryKeyStore()) => {
  const stores = hubStores(new InMemoryEventStore(), keyStore);
  await writeAlexAndSam(hubWriter(stores.readable, new TestClock()));
  const context: ErasureContext = { store: stores.readable, keyStore, now: () => new Date('2026-02-02T10:00:00.000Z'), newEventId: sequentialIds('x'), actor: dataProtectionOfficer };
  return { ...stores, context };
};

const descriptionOf = async (store: Parameters<typeof replayCase>[0], caseId: string): Promise<string | undefined> => {
  const timeline = await replayCase(store, caseId);
  return E.isRight(timeline) ? timeline.right.steps[0]?.description : undefined;
};

describe('forgetting a child', () => {
  it('erases the child’s personal data everywhere while statistics, other children and the hash chain stay as they were', async () => {
    const { raw, readable, context } = await setUp();
    const before = await decodedEvents(readable);
    const modelsBefore = rebuiltReadModels(before);
    expect(await descriptionOf(readable, alexCase)).toContain('referred Alex Morgan');
    expect(modelsBefore.district.cases.get(alexCase)).toMatchObject({ childReference: 'child-alex' });
    // The read models hold no personal data: lists open names from the store when shown.
    expect(districtProjection.serialise(modelsBefore.district)).not.toContain('Alex');
    expect((await verifyStore(raw)).verified).toBe(true);

    const receipt = await forgetChild(context, 'child-alex', request);
    expect(receipt).toEqual(E.right({ childReference: 'child-alex', occurredOn: '2026-02-02', recordedAt: '2026-02-02T10:00:00.000Z', eventId: expect.any(String), streamId: erasureStreamId('child-alex') }));

    const [erasure] = await raw.readStream(erasureStreamId('child-alex'));
    expect(erasure).toMatchObject({ type: 'PersonalDataErased', data: { childReference: 'child-alex', ...request }, metadata: { actor: dataProtectionOfficer } });
    const after = await decodedEvents(readable);
    const [referred] = after;
    expect(referred?.event.type === 'Referred' && referred.event.referral.personal).toEqual({ childName: erasedPersonalData, dateOfBirth: erasedPersonalData, narrative: erasedPersonalData });
    expect(await descriptionOf(readable, alexCase)).toContain('referred a child whose personal details have been erased (Year 5');
    expect(await descriptionOf(readable, samCase)).toContain('referred Sam Patel');
    expect(countsByCode(after)).toEqual(countsByCode(before));
    const modelsAfter = rebuiltReadModels(after);
    expect(modelsAfter.board).toEqual(modelsBefore.board);
    expect(modelsAfter.district).toEqual(modelsBefore.district);

    const report = await verifyStore(raw);
    expect(report).toMatchObject({ verified: true, eventsVerified: before.length + 1 });
    const copy = new InMemoryEventStore();
    const lines: string[] = [];
    for await (const line of exportStore(raw)) lines.push(line);
    expect(E.isRight(await importEvents(() => lines, copy))).toBe(true);
  });

  it('refuses to forget twice, a reference with no personal data, a child under a legal hold, and a request that is not valid', async () => {
    const { context } = await setUp();
    expect(E.isRight(await forgetChild(context, 'child-alex', request))).toBe(true);
    expect(await forgetChild(context, 'child-alex', request)).toEqual(E.left(expect.objectContaining({ code: 'already-forgotten', message: 'The personal data of child-alex was already erased on 2 February 2026 at 10:00 UTC.' })));
    expect(await forgetChild(context, 'child-nobody', request)).toEqual(E.left(expect.objectContaining({ code: 'child-not-found' })));
    const hold = { childReference: 'child-sam', placedOn: '2026-01-10', placedBy: 'Legal services', reason: 'A tribunal appeal is pending' };
    expect(await forgetChild(context, 'child-sam', { ...request, legalHolds: [hold] })).toEqual(
      E.left(expect.objectContaining({ code: 'legal-hold', message: 'The records of child-sam are under a legal hold placed on 10 January 2026 by Legal services (A tribunal appeal is pending); they cannot be erased while it stands.' })),
    );
    expect(E.isRight(await forgetChild(context, 'child-sam', { ...request, legalHolds: [{ ...hold, liftedOn: '2026-02-01' }] }))).toBe(true);
    expect(await forgetChild(context, 'child-alex', { ...request, occurredOn: '2 February' })).toEqual(
      E.left(expect.objectContaining({ code: 'erasure-invalid', message: expect.stringContaining('occurredOn: expected a calendar date written YYYY-MM-DD, received "2 February"') })),
    );
  });

  it('finishes the job when called again after the key could not be destroyed', async () => {
    const keys = new InMemoryKeyStore();
    let failNext = true;
    const flaky: KeyStore = Object.assign(Object.create(keys) as KeyStore, {
      destroy: async (keyId: string, at: string) => {
        if (failNext) {
          failNext = false;
          throw new Error('The key store is unavailable.');
        }
        return keys.destroy(keyId, at);
      },
    });
    const { raw, readable, context } = await setUp(flaky);
    await expect(forgetChild(context, 'child-alex', request)).rejects.toThrow('The key store is unavailable.');
    // The erasure record is written first, and readers obey it although the key is still there.
    expect(await descriptionOf(readable, alexCase)).toContain('a child whose personal details have been erased');
    const retried = await forgetChild({ ...context, now: () => new Date('2026-02-03T08:00:00.000Z') }, 'child-alex', { ...request, occurredOn: '2026-02-03' });
    expect(retried).toEqual(E.right(expect.objectContaining({ occurredOn: '2026-02-02', recordedAt: '2026-02-02T10:00:00.000Z' })));
    expect(await raw.readStream(erasureStreamId('child-alex'))).toHaveLength(1);
    expect(await descriptionOf(readable, alexCase)).toContain('a child whose personal details have been erased');
  });
});
