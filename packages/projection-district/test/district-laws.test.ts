import { isErased } from '@send-hub/core';
import * as fc from 'fast-check';
import { hubHistoryArbitrary } from '../../projections/test/support/hub-history-arbitrary';
import { assertRebuildLaw, rebuiltFrom } from '../../projections/test/support/rebuild-law';
import { agendaFor, districtProjection } from '../src';

describe('the district hubs read model', () => {
  it('is the same followed live with stops, restarts and crashes as rebuilt from zero', () => assertRebuildLaw(districtProjection));

  it('keeps no name of a child whose personal data was erased, whatever came before', async () => {
    await fc.assert(
      fc.asyncProperty(hubHistoryArbitrary(), async ({ events }) => {
        const model = await rebuiltFrom(districtProjection, events);
        const erasedChildren = new Set<string>();
        const referredAfterErasure = new Set<string>();
        for (const event of events) {
          if (event.type === 'PersonalDataErased') erasedChildren.add(event.childReference);
          else if (event.type === 'Referred' && erasedChildren.has(event.referral.childReference)) referredAfterErasure.add(event.caseId);
        }
        for (const tracked of model.cases.values()) {
          if (erasedChildren.has(tracked.childReference) && !referredAfterErasure.has(tracked.caseId)) expect(isErased(tracked.childName)).toBe(true);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('reads back what it saves, and refuses a saved state it cannot read, naming the problem', async () => {
    await fc.assert(
      fc.asyncProperty(hubHistoryArbitrary(), async ({ events }) => {
        const model = await rebuiltFrom(districtProjection, events);
        const saved = districtProjection.serialise(model);
        const restored = districtProjection.deserialise(saved);
        expect(restored._tag).toBe('Right');
        if (restored._tag === 'Right') {
          expect(districtProjection.serialise(restored.right)).toBe(saved);
          expect(agendaFor(restored.right, { district: 'tamworth', academicYear: '2025/26', halfTerm: 3 })).toEqual(agendaFor(model, { district: 'tamworth', academicYear: '2025/26', halfTerm: 3 }));
        }
      }),
      { numRuns: 20 },
    );
    const broken = districtProjection.deserialise(JSON.stringify({ version: 1, state: { cases: [{ caseId: 'nope' }], meetings: [] } }));
    expect(broken).toMatchObject({ _tag: 'Left', left: { code: 'unreadable-projection-state' } });
    expect(broken._tag === 'Left' && broken.left.message).toContain('cases.0.caseId: expected a case id');
    expect(districtProjection.deserialise(JSON.stringify({ version: 0, state: {} }))).toMatchObject({ _tag: 'Left' });
  });
});
