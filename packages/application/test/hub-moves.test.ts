import type { LMGMeetingReference } from '@send-hub/core';
import { lmgAgendaFor } from '@send-hub/projection-district';
import { either as E } from 'fp-ts';
import { openInMemoryHub, type Hub } from '../src';
import { parentalConsentOn, referralOf } from './support/referral';

/*
 * Through the embedding API, with the access policy in front: the district that has the case
 * records the move; afterwards it is the new district's, for its staff and its group.
 */

const caseId = '66666666-6666-4666-8666-666666666666';
const tamworthCoordinator = { actor: { id: 'coordinator-1', role: 'hub-coordinator', agency: 'education', districts: ['tamworth'] } } as const;
const lichfieldCoordinator = { actor: { id: 'coordinator-2', role: 'hub-coordinator', agency: 'education', districts: ['lichfield'] } } as const;
const move = { type: 'RecordMove', caseId, occurredOn: '2025-10-20', school: '125900', district: 'lichfield' } as const;
const group = (district: string): LMGMeetingReference => ({ district, academicYear: '2025/26', halfTerm: 2 });

const refer = async (hub: Hub): Promise<void> => {
  const referred = await hub.recordCase({ type: 'Refer', caseId, occurredOn: '2025-09-10', referral: referralOf('child-mover', 'tamworth', 'Sam Price'), consent: parentalConsentOn('2025-09-08', 'written') }, tamworthCoordinator);
  if (E.isLeft(referred)) throw new Error(referred.left.message);
};

describe('a move through the hub', () => {
  it('is recorded by the district the case leaves, not by the one it goes to', async () => {
    const hub = openInMemoryHub();
    try {
      await refer(hub);
      const byLichfield = await hub.recordCase(move, lichfieldCoordinator);
      expect(byLichfield).toMatchObject({ _tag: 'Left', left: { code: 'district-out-of-scope' } });
      expect(E.isRight(await hub.recordCase(move, tamworthCoordinator))).toBe(true);
    } finally {
      await hub.dispose();
    }
  });

  it('leaves the case to the new district’s staff afterwards, and refuses a bad move naming the field and the value, writing nothing', async () => {
    const hub = openInMemoryHub();
    try {
      await hub.readModels.start();
      await refer(hub);
      const before = await hub.stores.raw.headPosition();
      const badDistrict = await hub.recordCase({ ...move, district: 'Lichfield' }, tamworthCoordinator);
      expect(badDistrict._tag === 'Left' && badDistrict.left.message).toContain('"Lichfield"');
      expect(await hub.stores.raw.headPosition()).toBe(before);
      expect(E.isRight(await hub.recordCase(move, tamworthCoordinator))).toBe(true);
      const discussion = { type: 'Discuss', caseId, occurredOn: '2025-11-20', meeting: { district: 'lichfield', academicYear: '2025/26', halfTerm: 2 } } as const;
      expect(await hub.recordCase(discussion, tamworthCoordinator)).toMatchObject({ _tag: 'Left', left: { code: 'district-out-of-scope' } });
      expect(E.isRight(await hub.recordCase(discussion, lichfieldCoordinator))).toBe(true);
      await hub.readModels.waitFor(await hub.stores.raw.headPosition());
      expect(hub.readModels.district((model) => model.cases.get(caseId))).toMatchObject({ district: 'lichfield', school: '125900' });
      expect(hub.readModels.district((model) => lmgAgendaFor(model, group('tamworth')).toDiscuss)).toEqual([]);
    } finally {
      await hub.dispose();
    }
  });
});
