import { addYears, applyRetention, defaultRetentionPolicy, erasureDueOn, forgetChild, reviewRetention, type ErasureContext } from '@send-hub/audit';
import { InMemoryEventStore, InMemoryKeyStore } from '@send-hub/event-store';
import { either as E } from 'fp-ts';
import { writeAlexAndSam } from './support/alex-scenario';
import { hubStores } from './support/hub-stores';
import { hubWriter, sequentialIds, TestClock } from './support/hub-writer';

// Alex: born 2 March 2015, special educational needs support. Sam: born 14 July 2008, with an education, health and care plan.
const setUp = async () => {
  const keyStore = new InMemoryKeyStore();
  const stores = hubStores(new InMemoryEventStore(), keyStore);
  await writeAlexAndSam(hubWriter(stores.readable, new TestClock()));
  const context: ErasureContext = { store: stores.readable, keyStore, now: () => new Date('2040-09-01T09:00:00.000Z'), newEventId: sequentialIds('r'), actor: { id: 'retention-job', role: 'scheduled task' } };
  return { ...stores, context };
};

const reviewed = async (...args: Parameters<typeof reviewRetention>) => {
  const review = await reviewRetention(...args);
  if (E.isLeft(review)) throw new Error(review.left.message);
  return review.right;
};

describe('retention', () => {
  it('counts the period from the date of birth, longer with a plan; a 29 February birthday falls due on 1 March', () => {
    expect(erasureDueOn(defaultRetentionPolicy, '2015-03-02', false)).toBe('2040-03-02');
    expect(erasureDueOn(defaultRetentionPolicy, '2008-07-14', true)).toBe('2039-07-14');
    expect(addYears('2008-02-29', 25)).toBe('2033-03-01');
    expect(addYears('2008-02-29', 4)).toBe('2012-02-29');
  });

  it('lists in a dry run the children due as of a date, changing nothing', async () => {
    const { readable } = await setUp();
    expect(await reviewed(readable, { policy: defaultRetentionPolicy, asOf: '2039-07-13' })).toMatchObject({ due: [], notYetDue: 2 });
    const review = await reviewed(readable, { policy: defaultRetentionPolicy, asOf: '2039-07-14' });
    expect(review.due).toEqual([{ childReference: 'child-sam', dateOfBirth: '2008-07-14', hadPlan: true, dueOn: '2039-07-14', caseIds: [expect.any(String)] }]);
    expect(review.notYetDue).toBe(1);
    const later = await reviewed(readable, { policy: { yearsAfterDateOfBirth: 25, yearsAfterDateOfBirthWithPlan: 35 }, asOf: '2040-03-02' });
    expect(later.due.map((child) => child.childReference)).toEqual(['child-alex']);
    expect((await reviewed(readable, { policy: defaultRetentionPolicy, asOf: '2040-03-02' })).due).toHaveLength(2);
  });

  it('keeps a child under a legal hold, and lists forgotten children apart', async () => {
    const { readable, context } = await setUp();
    const hold = { childReference: 'child-sam', placedOn: '2039-01-01', placedBy: 'Legal services', reason: 'An inquiry' };
    const review = await reviewed(readable, { policy: defaultRetentionPolicy, asOf: '2040-06-01', legalHolds: [hold] });
    expect(review.due.map((child) => child.childReference)).toEqual(['child-alex']);
    expect(review.held).toEqual([expect.objectContaining({ childReference: 'child-sam', hold })]);
    await forgetChild(context, 'child-alex', { erasedBy: 'Data protection officer', reason: 'Asked by the family.', occurredOn: '2030-01-01' });
    const afterwards = await reviewed(readable, { policy: defaultRetentionPolicy, asOf: '2040-06-01', legalHolds: [hold] });
    expect(afterwards).toMatchObject({ due: [], alreadyForgotten: ['child-alex'], withoutDateOfBirth: [] });
  });

  it('acts on the dry run: forgets each child due, with the rule that applied as the reason', async () => {
    const { readable, raw, context } = await setUp();
    const review = await reviewed(readable, { policy: defaultRetentionPolicy, asOf: '2040-09-01' });
    const outcomes = await applyRetention(context, review, 'Retention schedule');
    expect(outcomes.map((outcome) => E.isRight(outcome) && outcome.right.childReference)).toEqual(['child-alex', 'child-sam']);
    const [samErasure] = await raw.readStream('erasure-child-sam');
    expect(samErasure?.data).toMatchObject({
      erasedBy: 'Retention schedule',
      occurredOn: '2040-09-01',
      reason: 'Retention period ended on 14 July 2039: date of birth + 31 years, the period for a child with an education, health and care plan.',
    });
    expect(await reviewed(readable, { policy: defaultRetentionPolicy, asOf: '2040-09-01' })).toMatchObject({ due: [], alreadyForgotten: ['child-alex', 'child-sam'] });
  });

  it('lists children whose date of birth cannot be read, and refuses options that are not valid', async () => {
    const { readable, keyStore } = await setUp();
    await keyStore.destroy('child-alex', '2030-01-01T00:00:00.000Z');
    expect((await reviewed(readable, { policy: defaultRetentionPolicy, asOf: '2041-01-01' })).withoutDateOfBirth).toEqual([{ childReference: 'child-alex', caseIds: [expect.any(String)] }]);
    const refused = await reviewRetention(readable, { policy: { yearsAfterDateOfBirth: -1, yearsAfterDateOfBirthWithPlan: 31 }, asOf: '2041-01-01' });
    expect(refused).toEqual(E.left(expect.objectContaining({ code: 'retention-options-invalid', message: expect.stringContaining('policy.yearsAfterDateOfBirth: expected a whole number of years from 0 to 150, received -1') })));
  });
});
