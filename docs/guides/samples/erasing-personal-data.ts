import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  applyRetention,
  defaultRetentionPolicy,
  erasureDueOn,
  forgetChild,
  replayCase,
  reviewRetention,
  verifyStore,
  type ErasureContext,
  type LegalHold,
} from '@send-hub/audit';
import { openSqliteEventStore, openSqliteKeyStore } from '@send-hub/store-sqlite';
import { alexCase, referAlex, sampleHub } from './sample-hub';

const dataProtectionOfficer = { id: 'dpo-1', role: 'data protection officer', agency: 'other' };
const samCase = '0199a1b2-0000-7000-8000-000000000002';

/** The events in one file, the keys in another, each in a folder of its own (put the key folder on other storage where you can). */
export const openStores = (folder: string) => {
  mkdirSync(join(folder, 'events'), { recursive: true });
  mkdirSync(join(folder, 'keys'), { recursive: true });
  const events = openSqliteEventStore({ file: join(folder, 'events', 'hub.sqlite') });
  const keys = openSqliteKeyStore({ file: join(folder, 'keys', 'hub-keys.sqlite') });
  return { events, keys };
};

export const erasureSample = async (folder: string) => {
  const { events, keys } = openStores(folder);
  const hub = sampleHub(events, keys);
  // Alex (special educational needs support) and Sam (an education, health and care plan), both born in 2015.
  await hub.record(referAlex(), '2025-09-15T10:00:00.000Z');
  await hub.record(
    referAlex({ childReference: 'child-0043', senProvision: 'E', personal: { childName: 'Sam Patel', dateOfBirth: '2015-05-02', narrative: 'Anxious about coming to school.' } }, samCase),
    '2025-09-22T11:00:00.000Z',
  );

  // When each is due: date of birth + 25 years, or + 31 with a plan.
  const alexDue = erasureDueOn(defaultRetentionPolicy, '2015-03-14', false); // '2040-03-14'
  const samDue = erasureDueOn(defaultRetentionPolicy, '2015-05-02', true); // '2046-05-02'

  // The dry run in September 2046: both are due, but a tribunal appeal keeps Sam's records.
  const holds: ReadonlyArray<LegalHold> = [{ childReference: 'child-0043', placedOn: '2046-01-10', placedBy: 'Legal services', reason: 'A tribunal appeal is pending' }];
  const review = await reviewRetention(hub.readable, { policy: defaultRetentionPolicy, asOf: '2046-09-01', legalHolds: holds });
  if (review._tag === 'Left') throw new Error(review.left.message);

  // Acting on it forgets every child it found due: here, Alex.
  const context: ErasureContext = {
    store: hub.chained,
    keyStore: keys,
    now: () => new Date('2046-09-01T09:00:00.000Z'),
    newEventId: () => '0199a000-0000-7000-8000-0000000000e1',
    actor: dataProtectionOfficer,
  };
  const outcomes = await applyRetention(context, review.right, 'Data protection officer');

  // Asking for Sam directly is refused while the hold stands.
  const refused = await forgetChild(context, 'child-0043', { erasedBy: 'Data protection officer', reason: 'The family asked for the record to be erased.', occurredOn: '2046-09-01', legalHolds: holds });

  // Alex's timeline still reads as one story, without the name; the store still verifies.
  const timeline = await replayCase(hub.readable, alexCase);
  const report = await verifyStore(hub.raw);
  const keysAfter = await keys.list();
  await events.dispose();
  await keys.dispose();
  return { alexDue, samDue, review: review.right, outcomes, refused, timeline, report, keysAfter };
};
