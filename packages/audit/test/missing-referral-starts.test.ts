import { missingReferralStarts, missingReferralStartsByChild } from '@send-hub/audit';
import type { HubEvent } from '@send-hub/hub';
import { alexCase, alexReferral, samCase } from './support/alex-scenario';

const laterCase = '33333333-3333-4333-8333-333333333333';
const referred = (caseId: string, childReference: string, occurredOn: string): HubEvent => ({
  type: 'Referred',
  caseId,
  occurredOn,
  referral: { ...alexReferral, childReference },
  consent: 'not-recorded-at-referral',
});
const started = (caseId: string, childReference: string, occurredOn: string): HubEvent => ({ type: 'ReferralStarted', caseId, childReference, occurredOn });
const start = (caseId: string, childReference: string, occurredOn: string) => ({ type: 'ReferralStarted', caseId, childReference, occurredOn });

describe('the referrals a history lacks on its children’s streams', () => {
  it('names each referred case with no start on its child’s stream, in the order referred, dated as its referral', () => {
    const history = [referred(samCase, 'child-sam', '2025-09-20'), referred(alexCase, 'child-alex', '2025-09-01'), referred(laterCase, 'child-sam', '2025-10-02')];
    expect(missingReferralStarts(history)).toEqual([start(samCase, 'child-sam', '2025-09-20'), start(alexCase, 'child-alex', '2025-09-01'), start(laterCase, 'child-sam', '2025-10-02')]);
    expect([...missingReferralStartsByChild(missingReferralStarts(history))]).toEqual([
      ['child-sam', [start(samCase, 'child-sam', '2025-09-20'), start(laterCase, 'child-sam', '2025-10-02')]],
      ['child-alex', [start(alexCase, 'child-alex', '2025-09-01')]],
    ]);
  });

  it('names none for a case already started, before its referral (as today) or after it (brought in before)', () => {
    const history = [started(alexCase, 'child-alex', '2025-09-01'), referred(alexCase, 'child-alex', '2025-09-01'), referred(samCase, 'child-sam', '2025-09-20'), started(samCase, 'child-sam', '2025-09-20')];
    expect(missingReferralStarts(history)).toEqual([]);
  });

  it('leaves out a child whose erasure is recorded, as a referral of such a child starts nothing', () => {
    const history: HubEvent[] = [
      referred(alexCase, 'child-alex', '2025-09-01'),
      { type: 'PersonalDataErased', childReference: 'child-alex', occurredOn: '2025-12-01', erasedBy: 'dpo-1', reason: 'Retention period ended.' },
      referred(samCase, 'child-sam', '2025-09-20'),
    ];
    expect(missingReferralStarts(history)).toEqual([start(samCase, 'child-sam', '2025-09-20')]);
  });

  it('names a case once, however often its referral is recorded, and none for a history with no referral', () => {
    expect(missingReferralStarts([referred(alexCase, 'child-alex', '2025-09-01'), referred(alexCase, 'child-alex', '2025-09-02')])).toEqual([start(alexCase, 'child-alex', '2025-09-01')]);
    expect(missingReferralStarts([])).toEqual([]);
  });
});
